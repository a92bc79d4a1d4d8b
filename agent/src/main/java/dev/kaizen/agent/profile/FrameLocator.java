package dev.kaizen.agent.profile;

import dev.kaizen.agent.index.CodeIndex;
import dev.kaizen.agent.index.MethodInfo;
import dev.kaizen.agent.index.TypeInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordedStackTrace;

/**
 * Finds the indexed main-code method a stack frame runs in.
 *
 * <p>A frame's class is named the JVM's way ({@code demo.Outer$Inner}, {@code demo.Outer$1} for an
 * anonymous class, {@code demo.Outer$$Lambda$14/0x…} for a lambda's hidden class); the index names
 * types with dots ({@code demo.Outer.Inner}) and has no anonymous, local or hidden classes. So a
 * frame belongs to the longest indexed main type its class name starts with, and within that type's
 * file to the method whose lines contain the frame's line ({@link CodeIndex#methodAt}): a lambda
 * body ({@code lambda$render$0}) or an anonymous class's method thus counts for the method that
 * contains it. Without a line (or on a line no method holds), a frame of an indexed type is matched
 * by name: {@code <init>} to the constructors, {@code lambda$foo$0} to {@code foo}; among
 * overloads, the one whose parameter types match the frame's descriptor best, else the first.
 *
 * <p>Answers are cached; a locator serves one read and is not thread-safe.
 */
final class FrameLocator {

  /** Where a sample is attributed: a method and the file that declares it. */
  record Site(String path, MethodInfo method) {
    Site {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(method, "method");
    }
  }

  private record Frame(String type, String method, String descriptor, int line) {}

  private final CodeIndex index;
  private final Map<String, List<TypeInfo>> mainTypes = new HashMap<>();
  private final Map<Frame, Optional<Site>> cache = new HashMap<>();

  FrameLocator(CodeIndex index) {
    this.index = Objects.requireNonNull(index, "index");
    for (TypeInfo type : index.types()) {
      if (!type.test())
        mainTypes.computeIfAbsent(type.qualifiedName(), k -> new ArrayList<>()).add(type);
    }
  }

  /**
   * The first frame from the top of {@code stack} that runs in a project method; empty if none
   * does.
   */
  Optional<Site> attribute(RecordedStackTrace stack) {
    if (stack == null) return Optional.empty();
    for (RecordedFrame frame : stack.getFrames()) {
      if (!frame.isJavaFrame()) continue;
      RecordedMethod method = frame.getMethod();
      if (method == null || method.getType() == null) continue;
      Optional<Site> site =
          locate(
              method.getType().getName(),
              method.getName(),
              method.getDescriptor(),
              frame.getLineNumber());
      if (site.isPresent()) return site;
    }
    return Optional.empty();
  }

  /**
   * The project method a frame runs in.
   *
   * @param binaryType the frame's class as the JVM names it, e.g. {@code demo.Outer$Inner}
   * @param method the JVM's method name, e.g. {@code render}, {@code <init>}, {@code
   *     lambda$render$0}
   * @param descriptor the JVM's method descriptor, e.g. {@code (Ljava/util/List;)V}; may be empty
   * @param line the frame's line, or -1 or 0 when unknown
   */
  Optional<Site> locate(String binaryType, String method, String descriptor, int line) {
    return cache.computeIfAbsent(new Frame(binaryType, method, descriptor, line), this::find);
  }

  private Optional<Site> find(Frame frame) {
    var owner = owner(frame.type());
    if (owner.isEmpty()) return Optional.empty();
    List<TypeInfo> types = owner.get().types();
    if (frame.line() > 0) {
      for (String path : types.stream().map(TypeInfo::path).distinct().toList()) {
        Optional<MethodInfo> at = index.methodAt(path, frame.line());
        if (at.isPresent()) return Optional.of(new Site(path, at.get()));
      }
    }
    if (!owner.get().exact()) return Optional.empty();
    for (TypeInfo type : types) {
      Optional<MethodInfo> named = byName(type, frame.method(), frame.descriptor());
      if (named.isPresent()) return Optional.of(new Site(type.path(), named.get()));
    }
    return Optional.empty();
  }

  /**
   * The indexed main types (one per file that declares the name) a class belongs to, and whether
   * they are the class itself rather than types that enclose it.
   */
  private record Owner(List<TypeInfo> types, boolean exact) {}

  private Optional<Owner> owner(String binaryType) {
    List<TypeInfo> same = mainTypes.get(binaryType);
    if (same != null) return Optional.of(new Owner(same, true));
    String[] parts = binaryType.split("\\$", -1);
    int named = 0;
    while (named < parts.length && !parts[named].isEmpty()) named++;
    // demo.Outer$Inner$1 tries demo.Outer.Inner.1, demo.Outer.Inner, demo.Outer;
    // demo.Outer$$Lambda$14 only demo.Outer.
    for (int n = named; n >= 1; n--) {
      List<TypeInfo> types = mainTypes.get(String.join(".", Arrays.copyOf(parts, n)));
      if (types != null) return Optional.of(new Owner(types, n == parts.length));
    }
    return Optional.empty();
  }

  private static Optional<MethodInfo> byName(TypeInfo type, String jvmName, String descriptor) {
    boolean lambda = jvmName.startsWith("lambda$");
    String name = lambda ? lambdaHost(jvmName) : jvmName;
    if (name.isEmpty() || name.equals("<clinit>") || name.equals("static")) return Optional.empty();
    boolean constructor = name.equals("<init>") || name.equals("new");
    List<MethodInfo> candidates =
        type.methods().stream()
            .filter(m -> constructor ? m.constructor() : !m.constructor() && m.name().equals(name))
            .toList();
    if (candidates.size() <= 1 || lambda) return candidates.stream().findFirst();
    List<String> actual = Descriptors.parameters(descriptor);
    // The best match of parameter types, compared from the last (a constructor's descriptor may
    // start with synthetic ones: the outer instance, an enum's name and ordinal); then the same
    // count; then source order.
    Map<MethodInfo, Integer> score = new LinkedHashMap<>();
    for (MethodInfo m : candidates) {
      List<String> declared = Descriptors.sourceParameters(m.signature());
      int matches = 0;
      for (int i = 1; i <= Math.min(declared.size(), actual.size()); i++) {
        if (declared.get(declared.size() - i).equals(actual.get(actual.size() - i))) matches++;
      }
      score.put(m, matches * 2 + (declared.size() == actual.size() ? 1 : 0));
    }
    return candidates.stream()
        .max(
            Comparator.comparingInt(score::get)
                .thenComparing(Comparator.comparingInt(candidates::indexOf).reversed()));
  }

  /** {@code lambda$render$0} → {@code render}; {@code lambda$new$1} → {@code new}. */
  private static String lambdaHost(String jvmName) {
    int end = jvmName.indexOf('$', "lambda$".length());
    return end < 0 ? "" : jvmName.substring("lambda$".length(), end);
  }
}
