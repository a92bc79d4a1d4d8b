// expect: nothing
package demo;

import java.util.Properties;

public final class Subject {
  static String key(Properties props) {
    return props.getProperty("key", "none");
  }
}
