// expect: nothing
package demo;

import java.util.regex.Pattern;

public final class Subject {
  private static final Pattern DASHES = Pattern.compile("-{2,}");

  static String squash(String s) {
    return DASHES.matcher(s).replaceAll("-");
  }
}
