package demo;

import java.util.Iterator;

class Joiner {

  String join(Iterator<String> it, String sep) {
    String result = "[" + sep;
    StringBuilder resultBuilder = new StringBuilder(result);
    while (it.hasNext()) {
      String next = it.next();
      resultBuilder.append(next).append(sep).append(1);
    }
    result = resultBuilder.toString();
    return result + "]";
  }
}
