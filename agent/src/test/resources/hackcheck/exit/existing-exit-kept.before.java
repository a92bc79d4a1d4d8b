package demo;

public final class Subject {
  public static void main(String[] args) {
    System.exit(run(args));
  }

  static int run(String[] args) {
    return 0;
  }
}
