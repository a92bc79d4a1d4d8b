package demo;

import java.util.LinkedHashSet;
import java.util.Set;

/** Items in stock, by name. */
public class Inventory {

  private final Set<String> items = new LinkedHashSet<>();

  public void add(String item) {
    items.add(item);
  }

  /** Whether an item is in stock. */
  public boolean contains(String item) {
    return items.contains(item);
  }

  public String report() {
    StringBuilder out = new StringBuilder();
    for (String i : items) {
      out.append(i).append('\n');
    }
    return out.toString();
  }
}
