package demo;

public class Words {

  /** Splits a line into words. */
  static String[] words(String line) {
    return line.split("\\s+");
  }
}
