package dev.kaizen.sandbox;

import java.util.List;
import java.util.Objects;

/**
 * Which GPUs a command may use: none, all, or the listed device ids.
 *
 * @param all every GPU of the host
 * @param deviceIds the chosen devices when not {@code all}; empty means none
 */
public record Gpus(boolean all, List<String> deviceIds) {

  public static final Gpus NONE = new Gpus(false, List.of());
  public static final Gpus ALL = new Gpus(true, List.of());

  public Gpus {
    deviceIds = List.copyOf(Objects.requireNonNull(deviceIds, "deviceIds"));
    if (all && !deviceIds.isEmpty()) {
      throw new IllegalArgumentException("either all GPUs or a list of ids, not both");
    }
  }

  /** Reads {@code none}, {@code all} or a comma-separated list of ids such as {@code 0,1}. */
  public static Gpus parse(String text) {
    String t = Objects.requireNonNull(text, "text").trim();
    if (t.isEmpty() || t.equals("none")) return NONE;
    if (t.equals("all")) return ALL;
    List<String> ids = java.util.Arrays.stream(t.split(",")).map(String::trim).toList();
    for (String id : ids) {
      if (id.isEmpty() || !id.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-')) {
        throw new IllegalArgumentException("not a GPU list (none, all, or ids like 0,1): " + text);
      }
    }
    return new Gpus(false, ids);
  }

  public boolean any() {
    return all || !deviceIds.isEmpty();
  }

  @Override
  public String toString() {
    return all ? "all" : deviceIds.isEmpty() ? "none" : String.join(",", deviceIds);
  }
}
