package demo;

import java.util.ArrayList;
import java.util.List;

public class Words {
  public static List<String> split(String text) {
    List<String> words = new ArrayList<>();
    for (String w : text.split(" ")) {
      if (!w.isEmpty()) words.add(w);
    }
    return words;
  }
}
