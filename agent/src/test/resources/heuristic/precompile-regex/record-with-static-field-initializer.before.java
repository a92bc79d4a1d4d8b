package demo;

import java.util.List;
import java.util.function.Predicate;

record Csv(String line) {

  static final Predicate<String> NUMERIC = (String s) -> s.matches("-?\\d+");

  List<String> cells() {
    return List.of(line.split(","));
  }

  List<String> trimmedCells() {
    return List.of(line.split("\\s*,\\s*"));
  }
}
