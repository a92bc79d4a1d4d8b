import java.util.regex.Pattern;

/** Tools without a package. */
class Tool {
  private static final Pattern REPLACE_ALL_PATTERN = Pattern.compile("-{2,}");

  static String squash(String s) { return REPLACE_ALL_PATTERN.matcher(s).replaceAll("-"); }
}
