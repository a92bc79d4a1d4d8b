package demo;

import java.util.Iterator;
import java.util.regex.Pattern;

class Greeting {

  private static final Pattern REPLACE_FIRST_PATTERN = Pattern.compile("\\$\\w+");

  // a literal receiver is never null, so the replacement is evaluated either way
  static String greet(Iterator<String> names) {
    return REPLACE_FIRST_PATTERN.matcher("Hello, $name!").replaceFirst(names.next());
  }
}
