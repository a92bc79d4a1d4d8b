package demo;

import java.util.List;
import java.util.function.Function;

class Lambdas {

  static final Function<List<String>, String> CONCAT = items -> {
    String s = "";
    StringBuilder sBuilder = new StringBuilder(s);
    for (String item : items) {
      sBuilder.append(item);
    }
    s = sBuilder.toString();
    return s;
  };
}
