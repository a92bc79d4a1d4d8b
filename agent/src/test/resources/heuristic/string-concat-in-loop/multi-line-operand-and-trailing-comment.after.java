package demo;

import java.util.Map;

class Csv {

  static String rows(Map<String, Integer> counts) {
    String csv = "name,count\n";
    StringBuilder csvBuilder = new StringBuilder(csv);
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      // one row per entry
      csvBuilder.append(e.getKey()
          + ","
          + e.getValue()
          + "\n");
    } // rows done
    csv = csvBuilder.toString();
    return csv;
  }
}
