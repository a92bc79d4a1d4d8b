package demo;

import java.util.List;
import java.util.function.Function;

class Lambdas {

  static final Function<List<String>, String> CONCAT = items -> {
    String s = "";
    for (String item : items) {
      s += item;
    }
    return s;
  };
}
