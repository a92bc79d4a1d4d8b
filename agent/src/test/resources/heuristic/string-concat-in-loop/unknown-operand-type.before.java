package demo;

import java.util.List;

class Unknown {

  static String all(List<char[]> xs) {
    String s = "";
    for (int i = 0; i < xs.size(); i++) {
      s += xs.get(i);
    }
    return s;
  }
}
