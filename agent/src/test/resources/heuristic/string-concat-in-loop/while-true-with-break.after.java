package demo;

import java.io.BufferedReader;
import java.io.IOException;

class Reader {

  static String readAll(BufferedReader in) throws IOException {
    String text = "";
    StringBuilder textBuilder = new StringBuilder(text);
    while (true) {
      String line = in.readLine();
      if (line == null) break;
      textBuilder.append(line + "\n");
    }
    text = textBuilder.toString();
    return text;
  }
}
