package demo;

import java.util.List;

class Split {

  static String[] evensAndOdds(List<Integer> xs) {
    String evens = "", odds = "";
    for (int x : xs) {
      if (x % 2 == 0) {
        evens += x + " ";
      } else {
        odds += x + " ";
      }
    }
    return new String[] {evens, odds};
  }
}
