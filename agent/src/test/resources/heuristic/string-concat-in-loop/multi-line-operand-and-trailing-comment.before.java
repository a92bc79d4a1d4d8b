package demo;

import java.util.Map;

class Csv {

  static String rows(Map<String, Integer> counts) {
    String csv = "name,count\n";
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      // one row per entry
      csv += e.getKey()
          + ","
          + e.getValue()
          + "\n";
    } // rows done
    return csv;
  }
}
