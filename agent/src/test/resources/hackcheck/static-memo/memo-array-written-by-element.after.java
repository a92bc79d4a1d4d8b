// expect: refused: the patch adds static mutable state (static final long[] MEMO, written by an element assignment) to src/main/java/demo/Subject.java in Subject.fib [hack: static-memo]
package demo;

public final class Subject {
  private static final long[] MEMO = new long[100];

  static long fib(int n) {
    if (n < 2) return n;
    if (MEMO[n] != 0) return MEMO[n];
    return MEMO[n] = fib(n - 1) + fib(n - 2);
  }
}
