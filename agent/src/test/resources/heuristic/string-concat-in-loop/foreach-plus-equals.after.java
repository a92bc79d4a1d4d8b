package demo;

import java.util.List;

/** Renders a report. */
public class Report {

  String render(List<String> items) {
    String out = "Items: ";
    StringBuilder outBuilder = new StringBuilder(out);
    for (String item : items) {
      outBuilder.append(item + ", "); // one per item
    }
    out = outBuilder.toString();
    return out;
  }
}
