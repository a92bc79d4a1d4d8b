package demo;

import java.util.ArrayList;
import java.util.List;

/** Items in stock, by name. */
public class Inventory {

  private final List<String> items = new ArrayList<>();

  public void add(String item) {
    items.add(item);
  }

  /** Whether an item is in stock. */
  public boolean contains(String item) {
    for (String i : items) {
      if (i.equals(item)) {
        return true;
      }
    }
    return false;
  }

  public String report() {
    String out = "";
    for (String i : items) {
      out += i + "\n";
    }
    return out;
  }
}
