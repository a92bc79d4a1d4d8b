package dev.kaizen.sandbox.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PeakSamplerTest {

  private static final Duration INTERVAL = Duration.ofMillis(1);

  @Test
  void keeps_the_highest_reading_not_the_last() throws Exception {
    long[] readings = {5, 40, 12, 7};
    var reads = new AtomicInteger();
    var allRead = new CountDownLatch(1);
    PeakSampler.Gauge gauge =
        () -> {
          int i = reads.getAndIncrement();
          if (i == readings.length - 1) allRead.countDown();
          return OptionalLong.of(readings[Math.min(i, readings.length - 1)]);
        };

    var sampler = PeakSampler.start(() -> Optional.of(gauge), INTERVAL);
    assertThat(allRead.await(10, TimeUnit.SECONDS)).as("every reading was taken").isTrue();

    assertThat(sampler.stop()).hasValue(40);
  }

  @Test
  void ends_when_the_gauge_has_nothing_more_to_read() throws Exception {
    var reads = new AtomicInteger();
    PeakSampler.Gauge gauge =
        () -> reads.incrementAndGet() <= 2 ? OptionalLong.of(100) : OptionalLong.empty();

    var sampler = PeakSampler.start(() -> Optional.of(gauge), INTERVAL);
    Thread.sleep(200);

    assertThat(reads).as("no reading after the gauge ran dry").hasValue(3);
    assertThat(sampler.stop()).hasValue(100);
  }

  @Test
  void a_gauge_that_cannot_be_found_or_fails_leaves_the_peak_unknown() {
    assertThat(PeakSampler.start(Optional::empty, INTERVAL).stop()).isEmpty();
    assertThat(
            PeakSampler.start(
                    () -> {
                      throw new IllegalStateException("engine gone");
                    },
                    INTERVAL)
                .stop())
        .isEmpty();
  }

  @Test
  void stop_does_not_wait_for_a_slow_look_up() {
    var release = new CountDownLatch(1);
    var sampler =
        PeakSampler.start(
            () -> {
              try {
                release.await();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              return Optional.<PeakSampler.Gauge>of(() -> OptionalLong.of(1));
            },
            INTERVAL);
    long started = System.nanoTime();

    OptionalLong peak = sampler.stop();

    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    assertThat(peak).isEmpty();
    release.countDown();
  }
}
