package dev.kaizen.sandbox.support;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a memory gauge on a daemon thread at a fixed interval while a command runs, and keeps the
 * highest reading. The backends use it to report {@link
 * dev.kaizen.sandbox.ExecResult#peakMemoryBytes()} for commands whose memory can only be seen while
 * they run.
 *
 * <p>The thread is never interrupted (it may be in the middle of a call to the engine) and never
 * waited for: {@link #stop()} asks it to end and answers at once with the highest reading so far,
 * so that sampling adds nothing to a command's run; a reading still in progress then (the command
 * has ended, so there is little left to read) is left out. Nothing the thread meets is thrown: a
 * gauge that cannot be found or read leaves the peak unknown.
 */
public final class PeakSampler {

  /** A memory reading. */
  @FunctionalInterface
  public interface Gauge {

    /**
     * The current reading, in bytes; empty when there is nothing more to read (the command is gone,
     * or its memory cannot be seen), which ends the sampling.
     */
    OptionalLong read();
  }

  private static final Logger LOG = LoggerFactory.getLogger(PeakSampler.class);
  private static final AtomicInteger COUNT = new AtomicInteger();

  private final Supplier<Optional<Gauge>> locate;
  private final long intervalNanos;
  private final AtomicLong peak = new AtomicLong(-1);
  private final Thread thread;
  private volatile boolean stopped;

  private PeakSampler(Supplier<Optional<Gauge>> locate, Duration interval) {
    this.locate = locate;
    this.intervalNanos = interval.toNanos();
    this.thread = new Thread(this::sample, "kaizen-memory-" + COUNT.incrementAndGet());
    this.thread.setDaemon(true);
  }

  /**
   * Starts sampling: first {@code locate} finds the gauge (on the sampling thread, so a slow
   * look-up delays nobody; empty: the peak stays unknown), then it is read every {@code interval}
   * until {@link #stop()} or until it has nothing more to read.
   */
  public static PeakSampler start(Supplier<Optional<Gauge>> locate, Duration interval) {
    Objects.requireNonNull(locate, "locate");
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("interval must be positive: " + interval);
    }
    var sampler = new PeakSampler(locate, interval);
    sampler.thread.start();
    return sampler;
  }

  /** Ends the sampling; the highest reading, or empty when there was none. */
  public OptionalLong stop() {
    stopped = true;
    LockSupport.unpark(thread);
    return peak();
  }

  /** The highest reading so far, or empty when there was none. */
  public OptionalLong peak() {
    long value = peak.get();
    return value < 0 ? OptionalLong.empty() : OptionalLong.of(value);
  }

  private void sample() {
    try {
      Optional<Gauge> gauge = locate.get();
      if (gauge.isEmpty()) return;
      while (!stopped) {
        OptionalLong reading = gauge.get().read();
        if (reading.isEmpty()) return;
        peak.accumulateAndGet(reading.getAsLong(), Math::max);
        long next = System.nanoTime() + intervalNanos;
        for (long wait; !stopped && (wait = next - System.nanoTime()) > 0; ) {
          LockSupport.parkNanos(this, wait);
        }
      }
    } catch (RuntimeException e) {
      LOG.debug("memory sampling ended: {}", e.toString());
    }
  }
}
