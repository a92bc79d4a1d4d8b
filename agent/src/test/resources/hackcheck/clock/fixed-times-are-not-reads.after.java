// expect: nothing
package demo;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

public final class Subject {
  static final Instant EPOCH = Instant.parse("1970-01-01T00:00:00Z");
  static final Duration STEP = Duration.ofMillis(5);
  static final Date ZERO = new Date(0L);
}
