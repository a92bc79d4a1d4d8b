package demo;

public final class Shapes {

  private Shapes() {}

  public static final class Circle {
    private final double r;

    public Circle(double r) {
      this.r = r;
    }

    public double area() {
      return Math.PI * r * r;
    }
  }
}
