package demo;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

public class Words {
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  public static List<String> split(String text) {
    List<String> words = new ArrayList<>();
    for (String w : WHITESPACE.split(text)) {
      if (!w.isEmpty()) words.add(w);
    }
    return words;
  }
}
