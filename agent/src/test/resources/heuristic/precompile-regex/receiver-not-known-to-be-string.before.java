package demo;

import java.util.List;

class Receivers {

  interface Rule {
    boolean matches(String regex);
  }

  static boolean check(Rule rule, List<String> lines, Object o) {
    return rule.matches("[a-z]+") && lines.get(0).matches("[a-z]+") && lines.get(0).split("\\s+").length > 0;
  }
}
