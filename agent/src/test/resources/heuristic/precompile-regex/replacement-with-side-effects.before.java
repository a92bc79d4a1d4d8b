package demo;

import java.util.Iterator;

class Templates {

  // if text is null, the original calls next() before failing; the rewrite would fail first
  static String fill(String text, Iterator<String> values) {
    return text.replaceFirst("\\$\\w+", values.next());
  }
}
