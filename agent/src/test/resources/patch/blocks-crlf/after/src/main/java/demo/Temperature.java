package demo;

/** Converts temperatures. */
public final class Temperature {

  private static final double C_TO_F = 9.0 / 5.0;
  private static final double F_TO_C = 5.0 / 9.0;

  private Temperature() {}

  public static double toFahrenheit(double celsius) {
    return celsius * C_TO_F + 32;
  }

  public static double toCelsius(double fahrenheit) {
    return (fahrenheit - 32) * F_TO_C;
  }
}
