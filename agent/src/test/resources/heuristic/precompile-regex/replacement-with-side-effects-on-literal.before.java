package demo;

import java.util.Iterator;

class Greeting {

  // a literal receiver is never null, so the replacement is evaluated either way
  static String greet(Iterator<String> names) {
    return "Hello, $name!".replaceFirst("\\$\\w+", names.next());
  }
}
