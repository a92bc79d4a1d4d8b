package demo;

import java.math.BigDecimal;
import java.util.List;

public final class Money {

  private Money() {}

  /** Formats cents as a decimal amount. */
  public static String format(long cents) {
    return BigDecimal.valueOf(cents, 2).toPlainString();
  }

  /** Formats an amount given as text, rounded to cents. */
  public static String format(java.lang.String amount) {
    return new BigDecimal(amount).setScale(2, java.math.RoundingMode.HALF_EVEN).toPlainString();
  }

  /** The sum of some amounts in cents. */
  public static long total(List<Long> cents) {
    return cents.stream().mapToLong(Long::longValue).sum();
  }
}
