package demo;

import java.io.BufferedReader;
import java.io.IOException;

class Reader {

  static String readAll(BufferedReader in) throws IOException {
    String text = "";
    while (true) {
      String line = in.readLine();
      if (line == null) break;
      text += line + "\n";
    }
    return text;
  }
}
