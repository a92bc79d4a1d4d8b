package demo;

import java.util.ArrayList;
import java.util.List;

/** A tiny in-memory event log. */
public class EventLog {

  private final List<String> events = new ArrayList<>();

  public void record(String event) {
    events.add(event);
  }

  public int count() {
    return events.size();
  }

  /** The events that start with a prefix, in order. */
  public List<String> startingWith(String prefix) {
    List<String> out = new ArrayList<>();
    for (String e : events) {
      if (e.startsWith(prefix)) {
        out.add(e);
      }
    }
    return out;
  }

  /** The last event, or null. */
  public String last() {
    if (events.isEmpty()) {
      return null;
    }
    return events.get(events.size() - 1);
  }
}
