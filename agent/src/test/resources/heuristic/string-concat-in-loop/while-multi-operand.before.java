package demo;

import java.util.Iterator;

class Joiner {

  String join(Iterator<String> it, String sep) {
    String result = "[" + sep;
    while (it.hasNext()) {
      String next = it.next();
      result = result + next + sep + 1;
    }
    return result + "]";
  }
}
