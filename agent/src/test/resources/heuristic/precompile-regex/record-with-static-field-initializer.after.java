package demo;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

record Csv(String line) {

  private static final Pattern INTEGER = Pattern.compile("-?\\d+");
  private static final Pattern COMMA_SEPARATOR = Pattern.compile("\\s*,\\s*");

  static final Predicate<String> NUMERIC = (String s) -> INTEGER.matcher(s).matches();

  List<String> cells() {
    return List.of(line.split(","));
  }

  List<String> trimmedCells() {
    return List.of(COMMA_SEPARATOR.split(line));
  }
}
