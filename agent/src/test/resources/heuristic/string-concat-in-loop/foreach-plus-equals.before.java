package demo;

import java.util.List;

/** Renders a report. */
public class Report {

  String render(List<String> items) {
    String out = "Items: ";
    for (String item : items) {
      out += item + ", "; // one per item
    }
    return out;
  }
}
