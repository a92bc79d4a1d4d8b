package demo;

import java.io.IOException;
import java.util.List;
import javax.annotation.processing.Generated;

class Records {

  static final String FIELD_SEPARATOR_REGEX = "\\s*\\|\\s*";

  static List<String> fields(String line) throws IOException {
    return List.of(line.split(FIELD_SEPARATOR_REGEX));
  }
}
