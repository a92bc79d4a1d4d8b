package demo;

import java.io.BufferedReader;
import java.io.IOException;

class Slurp {

  static String slurp(BufferedReader in) {
    try {
      String all = "";
      String line;
      while ((line = in.readLine()) != null) {
        all += line;
      }
      return all;
    } catch (IOException e) {
      return "";
    }
  }
}
