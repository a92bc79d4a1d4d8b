package demo;

import java.io.BufferedReader;
import java.io.IOException;

class Slurp {

  static String slurp(BufferedReader in) {
    try {
      String all = "";
      String line;
      StringBuilder allBuilder = new StringBuilder(all);
      while ((line = in.readLine()) != null) {
        allBuilder.append(line);
      }
      all = allBuilder.toString();
      return all;
    } catch (IOException e) {
      return "";
    }
  }
}
