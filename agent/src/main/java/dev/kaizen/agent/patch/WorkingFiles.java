package dev.kaizen.agent.patch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The files as edits change them one after another: each edit sees the result of the edits before
 * it. Knows what each file was at first, so it can make the patch in the end.
 */
final class WorkingFiles {

  private final FileTexts files;
  private final Map<String, Optional<String>> original = new LinkedHashMap<>();
  private final Map<String, String> current = new LinkedHashMap<>();
  private final Set<String> created = new LinkedHashSet<>();

  WorkingFiles(FileTexts files) {
    this.files = files;
  }

  /** The file's text with the edits so far, or empty when it does not exist (yet). */
  Optional<String> read(String path) {
    if (current.containsKey(path)) return Optional.of(current.get(path));
    return original(path);
  }

  void write(String path, String text) {
    if (original(path).isEmpty() && !current.containsKey(path)) created.add(path);
    current.put(path, text);
  }

  /** The changed and created files; files whose text ended up unchanged are left out. */
  Patch patch() {
    var edits = new ArrayList<FileEdit>();
    for (Map.Entry<String, String> e : current.entrySet()) {
      String before = original(e.getKey()).orElse("");
      if (created.contains(e.getKey()) || !before.equals(e.getValue()))
        edits.add(new FileEdit(e.getKey(), before, e.getValue()));
    }
    return new Patch(edits);
  }

  Set<String> created() {
    return Set.copyOf(created);
  }

  private Optional<String> original(String path) {
    return original.computeIfAbsent(path, p -> files.read(p));
  }

  /** The result of applying everything, or the failures when any edit failed. */
  PatchResult result(EditFormat format, int edits, List<BlockFailure> failures) {
    if (!failures.isEmpty())
      return new PatchResult.Failed(Optional.of(format), edits, List.of(), failures);
    return new PatchResult.Applied(format, patch(), created());
  }
}
