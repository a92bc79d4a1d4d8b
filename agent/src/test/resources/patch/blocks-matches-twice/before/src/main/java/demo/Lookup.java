package demo;

import java.util.Map;

public class Lookup {

  public String first(Map<String, String> m, String key) {
    String v = m.get(key);
    if (v == null) {
      return "";
    }
    return v;
  }

  public String second(Map<String, String> m, String key) {
    String v = m.get(key);
    if (v == null) {
      return "";
    }
    return v.trim();
  }
}
