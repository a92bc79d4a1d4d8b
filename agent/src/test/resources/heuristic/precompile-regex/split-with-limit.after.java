package demo;

import java.util.Map;
import java.util.regex.Pattern;

class Headers {

  private static final Pattern COLON_SEPARATOR = Pattern.compile("\\s*:\\s*");

  static Map.Entry<String, String> header(String line) {
    String[] parts = COLON_SEPARATOR.split(line, 2);
    return Map.entry(parts[0], parts.length > 1 ? parts[1] : "");
  }
}
