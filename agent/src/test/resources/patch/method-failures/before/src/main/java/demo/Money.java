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
  public static String format(String amount) {
    return new BigDecimal(amount).setScale(2, java.math.RoundingMode.HALF_EVEN).toPlainString();
  }

  /** The sum of some amounts in cents. */
  public static long total(List<Long> cents) {
    long sum = 0;
    for (Long c : cents) {
      sum = sum + c;
    }
    return sum;
  }

  static final class Legacy {
    static String format(long cents) {
      return cents / 100 + "." + cents % 100;
    }
  }
}
