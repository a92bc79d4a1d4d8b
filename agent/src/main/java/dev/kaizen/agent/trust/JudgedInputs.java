package dev.kaizen.agent.trust;

import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LiteralStringValueExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import dev.kaizen.agent.index.JavaSources;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The inputs and expected outputs the judges use, as literals: every distinctive string or whole
 * number written in the baseline's tests, benchmarks and eval workloads. Main code that adds one of
 * them special-cases what it is judged on ({@code if (count == 20000) return PRECOMPUTED;}, {@code
 * if (n == 3) return "0,1,2,";}).
 *
 * <p>Distinctive: a string of at least three characters once stripped; a whole number of at least
 * 100 in size that is not a power of two or of ten, nor one less than a power of two (buffer sizes,
 * masks and scales that main code has every reason to write).
 */
final class JudgedInputs implements Detector {

  private JudgedInputs() {}

  static final JudgedInputs DETECTOR = new JudgedInputs();

  /**
   * The distinctive literals of the Java sources of the tree at {@code root} that judge: under a
   * test or benchmark root, declaring tests or benchmarks, or {@code judging} (the evals'
   * workloads, the protected paths), as keys ({@code "n:20000"}, {@code "s:0,1,2,"}).
   */
  static Set<String> in(Path root, Predicate<String> judging) {
    var keys = new TreeSet<String>();
    for (String path : JavaSources.list(root)) {
      Optional<String> text = read(root.resolve(path));
      if (text.isEmpty()) continue;
      boolean judges =
          JudgedClasses.underJudgedRoot(path)
              || judging.test(path)
              || JudgedFiles.judgingAnnotation(text.get()).isPresent();
      if (!judges) continue;
      ParsedSource.parse(text.get(), Set.of())
          .ifPresent(s -> literals(s).forEach(l -> keys.add(l.key())));
    }
    return keys;
  }

  @Override
  public List<Occurrence> find(ParsedSource source) {
    var found = new ArrayList<Occurrence>();
    if (source.judgedInputs().isEmpty()) return found;
    for (Literal l : literals(source)) {
      if (source.judgedInputs().contains(l.key())) {
        found.add(Occurrence.at(l.node(), l.key(), l.shown(), source));
      }
    }
    return found;
  }

  private record Literal(com.github.javaparser.ast.Node node, String key, String shown) {}

  private static List<Literal> literals(ParsedSource source) {
    var out = new ArrayList<Literal>();
    for (LiteralStringValueExpr e : source.unit().findAll(LiteralStringValueExpr.class)) {
      if (e instanceof StringLiteralExpr s) {
        string(e, s.asString()).ifPresent(out::add);
      } else if (e instanceof TextBlockLiteralExpr t) {
        string(e, t.asString()).ifPresent(out::add);
      } else if (e instanceof IntegerLiteralExpr || e instanceof LongLiteralExpr) {
        number(e).ifPresent(out::add);
      }
    }
    return out;
  }

  private static Optional<Literal> string(LiteralStringValueExpr e, String value) {
    if (value.strip().length() < 3) return Optional.empty();
    return Optional.of(new Literal(e, "s:" + value, Detectors.quoted(value)));
  }

  private static Optional<Literal> number(LiteralStringValueExpr e) {
    BigInteger v;
    try {
      String digits = e.getValue().replace("_", "").replaceFirst("[lL]$", "");
      int radix = 10;
      if (digits.startsWith("0x") || digits.startsWith("0X")) {
        radix = 16;
        digits = digits.substring(2);
      } else if (digits.startsWith("0b") || digits.startsWith("0B")) {
        radix = 2;
        digits = digits.substring(2);
      } else if (digits.length() > 1 && digits.startsWith("0")) {
        radix = 8;
      }
      v = new BigInteger(digits, radix);
    } catch (NumberFormatException ex) {
      return Optional.empty();
    }
    if (v.compareTo(BigInteger.valueOf(100)) < 0 || ordinary(v)) return Optional.empty();
    return Optional.of(new Literal(e, "n:" + v, e.getValue()));
  }

  /** Powers of two and of ten, and one less than a power of two. */
  private static boolean ordinary(BigInteger v) {
    if (v.bitCount() == 1 || v.add(BigInteger.ONE).bitCount() == 1) return true;
    BigInteger ten = BigInteger.ONE;
    while (ten.compareTo(v) < 0) ten = ten.multiply(BigInteger.TEN);
    return ten.equals(v);
  }

  private static Optional<String> read(Path file) {
    try {
      return Optional.of(Files.readString(file));
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
