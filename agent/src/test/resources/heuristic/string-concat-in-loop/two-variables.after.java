package demo;

import java.util.List;

class Split {

  static String[] evensAndOdds(List<Integer> xs) {
    String evens = "", odds = "";
    StringBuilder evensBuilder = new StringBuilder(evens);
    StringBuilder oddsBuilder = new StringBuilder(odds);
    for (int x : xs) {
      if (x % 2 == 0) {
        evensBuilder.append(x + " ");
      } else {
        oddsBuilder.append(x + " ");
      }
    }
    odds = oddsBuilder.toString();
    evens = evensBuilder.toString();
    return new String[] {evens, odds};
  }
}
