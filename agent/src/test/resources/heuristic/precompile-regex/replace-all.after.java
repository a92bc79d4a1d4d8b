package demo;

import java.util.regex.Pattern;

class Text {

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private String text = "";

  /** Collapses runs of white space. */
  String normalized() {
    return WHITESPACE.matcher(text).replaceAll(" ");
  }
}
