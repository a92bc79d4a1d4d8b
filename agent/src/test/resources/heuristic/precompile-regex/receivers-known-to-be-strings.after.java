package demo;

import java.util.regex.Pattern;

class Receivers {

  private static final Pattern UPPERCASE_LETTERS = Pattern.compile("[A-Z]+");
  private static final Pattern SPACES = Pattern.compile(" +");
  private static final Pattern DIGIT = Pattern.compile("\\d");

  private static final String DEFAULTS = "a b  c";

  private String title() {
    return "t";
  }

  String[] all(Object o, String a, String b) {
    boolean t = UPPERCASE_LETTERS.matcher(title()).matches();
    String[] d = SPACES.split(DEFAULTS);
    String[] l = SPACES.split("x  y");
    String[] c = SPACES.split(a + b);
    String[] s = DIGIT.split(a.trim());
    String[] v = DIGIT.split(String.valueOf(o));
    return t ? d : l;
  }
}
