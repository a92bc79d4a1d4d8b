package dev.kaizen.sandbox.support;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * An output stream that keeps only the last {@code capacity} bytes written to it.
 *
 * <p>Memory never grows past the capacity, however much is written: once full, the buffer becomes a
 * ring and the oldest bytes are dropped. It starts small and grows on demand, so a generous
 * capacity costs nothing for commands that print little. Safe to write from one thread and read
 * from another.
 */
public final class OutputTail extends OutputStream {

  private static final int INITIAL_SIZE = 8 * 1024;

  private final int capacity;
  private byte[] buffer;
  private int start;
  private int size;
  private long dropped;

  /**
   * @param capacity the most bytes kept; capped at what one array can hold
   */
  public OutputTail(long capacity) {
    if (capacity < 1) throw new IllegalArgumentException("capacity must be positive: " + capacity);
    this.capacity = (int) Math.min(capacity, Integer.MAX_VALUE - 8);
    this.buffer = new byte[Math.min(this.capacity, INITIAL_SIZE)];
  }

  @Override
  public void write(int b) {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public synchronized void write(byte[] bytes, int offset, int length) {
    Objects.checkFromIndexSize(offset, length, bytes.length);
    if (length >= capacity) {
      growTo(capacity);
      dropped += size + (length - capacity);
      System.arraycopy(bytes, offset + length - capacity, buffer, 0, capacity);
      start = 0;
      size = capacity;
      return;
    }
    growTo(Math.min(capacity, size + length));
    int overflow = size + length - capacity;
    if (overflow > 0) {
      start = (start + overflow) % capacity;
      size -= overflow;
      dropped += overflow;
    }
    int end = (start + size) % buffer.length;
    int first = Math.min(length, buffer.length - end);
    System.arraycopy(bytes, offset, buffer, end, first);
    System.arraycopy(bytes, offset + first, buffer, 0, length - first);
    size += length;
  }

  /** Whether bytes were dropped to stay within the capacity. */
  public synchronized boolean truncated() {
    return dropped > 0;
  }

  /** How many bytes were dropped. */
  public synchronized long droppedBytes() {
    return dropped;
  }

  /** The kept bytes, oldest first. */
  public synchronized byte[] bytes() {
    byte[] copy = new byte[size];
    int first = Math.min(size, buffer.length - start);
    System.arraycopy(buffer, start, copy, 0, first);
    System.arraycopy(buffer, 0, copy, first, size - first);
    return copy;
  }

  /**
   * The kept bytes decoded as UTF-8. When the head was dropped, a character cut in half at the
   * start is left out rather than shown as garbage.
   */
  public String text() {
    byte[] bytes = bytes();
    int from = 0;
    if (truncated()) {
      while (from < bytes.length && from < 3 && (bytes[from] & 0xC0) == 0x80) from++;
    }
    return new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8);
  }

  private void growTo(int needed) {
    if (needed <= buffer.length) return;
    int length = (int) Math.min(capacity, Math.max(needed, 2L * buffer.length));
    byte[] grown = Arrays.copyOf(bytes(), length);
    buffer = grown;
    start = 0;
  }
}
