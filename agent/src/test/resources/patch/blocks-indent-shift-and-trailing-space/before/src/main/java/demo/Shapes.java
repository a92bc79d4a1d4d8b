package demo;

public final class Shapes {

  private Shapes() {}

  public static final class Circle {
    private final double r;

    public Circle(double r) {
      this.r = r;
    }

    public double area() {   
      double pi = 3.14159;
      return pi * r * r; 
    }
  }
}
