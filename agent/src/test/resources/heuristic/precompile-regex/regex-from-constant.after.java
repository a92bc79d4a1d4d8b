package demo;

import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;
import javax.annotation.processing.Generated;

class Records {

  private static final Pattern FIELD_SEPARATOR_PATTERN = Pattern.compile("\\s*\\|\\s*");

  static final String FIELD_SEPARATOR_REGEX = "\\s*\\|\\s*";

  static List<String> fields(String line) throws IOException {
    return List.of(FIELD_SEPARATOR_PATTERN.split(line));
  }
}
