package demo;

import java.util.Map;

class Headers {

  static Map.Entry<String, String> header(String line) {
    String[] parts = line.split("\\s*:\\s*", 2);
    return Map.entry(parts[0], parts.length > 1 ? parts[1] : "");
  }
}
