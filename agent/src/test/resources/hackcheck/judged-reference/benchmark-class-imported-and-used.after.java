// expect: refused: the patch adds a reference to a test or benchmark class (demo.bench.ParseBench) to src/main/java/demo/Subject.java [hack: judged-reference]
// expect: refused: the patch adds a reference to a test or benchmark class (ParseBench) to src/main/java/demo/Subject.java in Subject.size [hack: judged-reference]
package demo;

import demo.bench.ParseBench;

public final class Subject {
  static int size() {
    return ParseBench.SIZE;
  }
}
