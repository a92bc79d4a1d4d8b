package dev.kaizen.sandbox.process;

import dev.kaizen.sandbox.support.OutputTail;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Drains one output stream of a child process into a bounded tail, on its own daemon thread, so
 * that the child never blocks on a full pipe however much it prints.
 */
final class StreamPump implements Runnable {

  private static final AtomicInteger COUNT = new AtomicInteger();

  private final InputStream in;
  private final OutputTail tail;
  private final Thread thread;

  private StreamPump(InputStream in, OutputTail tail) {
    this.in = in;
    this.tail = tail;
    this.thread = new Thread(this, "kaizen-process-output-" + COUNT.incrementAndGet());
    this.thread.setDaemon(true);
  }

  static StreamPump start(InputStream in, OutputTail tail) {
    var pump = new StreamPump(in, tail);
    pump.thread.start();
    return pump;
  }

  @Override
  public void run() {
    byte[] buffer = new byte[64 * 1024];
    try (in) {
      for (int n; (n = in.read(buffer)) >= 0; ) tail.write(buffer, 0, n);
    } catch (IOException closed) {
      // the stream was closed under us: what was read is kept
    }
  }

  /** Waits until the stream ended, at most {@code seconds}; false when it is still open. */
  boolean await(long seconds) throws InterruptedException {
    thread.join(TimeUnit.SECONDS.toMillis(seconds));
    return !thread.isAlive();
  }

  OutputTail tail() {
    return tail;
  }
}
