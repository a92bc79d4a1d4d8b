package dev.kaizen.agent.trust;

import static dev.kaizen.agent.trust.CallSite.anyReceiver;
import static dev.kaizen.agent.trust.CallSite.onInstance;
import static dev.kaizen.agent.trust.CallSite.onType;

import java.util.List;
import java.util.stream.Stream;

/**
 * What the {@link HackCheck} looks for in the main code a candidate adds: each pattern has a stable
 * id (shown as {@code [hack: id]} in a refusal) and the detector that finds its constructs.
 */
public enum HackPattern {
  /**
   * {@code Runtime.addShutdownHook}: code that runs after the measured work, such as a fake score.
   */
  SHUTDOWN_HOOK(
      "shutdown-hook",
      "a shutdown hook",
      Detectors.calls(anyReceiver("Runtime", "addShutdownHook"))),

  /** {@code System.exit}, {@code Runtime.exit}, {@code Runtime.halt}. */
  EXIT(
      "exit",
      "an exit of the JVM",
      Detectors.calls(
          onType("System", "exit"), onInstance("Runtime", "exit"), anyReceiver("Runtime", "halt"))),

  /** Code that asks who calls it or how the JVM was started: a test or a benchmark detector. */
  STACK_INSPECTION(
      "stack-inspection",
      "stack or command-line inspection",
      Detectors.all(
          Detectors.typeMentions("StackWalker"),
          Detectors.calls(
              new CallSite("getStackTrace()", "", "getStackTrace", CallSite.Receiver.ANY),
              anyReceiver("Thread", "getAllStackTraces"),
              onInstance("ProcessHandle", "info"),
              anyReceiver("RuntimeMXBean", "getInputArguments"),
              anyReceiver("ManagementFactory", "getRuntimeMXBean")),
          Detectors.literals("sun.java.command"))),

  /** Reads of the wall clock or the monotonic clock. */
  CLOCK(
      "clock",
      "a read of the clock",
      Detectors.all(
          Detectors.calls(
              Stream.concat(
                      Stream.of(
                          onType("System", "currentTimeMillis"),
                          onType("System", "nanoTime"),
                          onType("Clock", "systemUTC"),
                          onType("Clock", "systemDefaultZone"),
                          onType("Clock", "system"),
                          onType("InstantSource", "system")),
                      Stream.of(
                              "Instant",
                              "LocalDate",
                              "LocalDateTime",
                              "LocalTime",
                              "ZonedDateTime",
                              "OffsetDateTime",
                              "OffsetTime",
                              "Year",
                              "YearMonth",
                              "MonthDay")
                          .map(type -> onType(type, "now")))
                  .toArray(CallSite[]::new)),
          Detectors.creationsWithoutArguments("Date"))),

  /** Reads of environment variables and system properties. */
  ENVIRONMENT(
      "environment",
      "a read of the environment or system properties",
      Detectors.calls(
          onType("System", "getenv"),
          onType("System", "getProperty"),
          onType("System", "getProperties"),
          onType("Integer", "getInteger"),
          onType("Boolean", "getBoolean"),
          onType("Long", "getLong"))),

  /**
   * Static state that outlives a call: a non-final static field, or a static collection written.
   */
  STATIC_MEMO("static-memo", "static mutable state", new StaticMemo()),

  /** Main code naming a class of the baseline's tests or benchmarks. */
  JUDGED_REFERENCE(
      "judged-reference", "a reference to a test or benchmark class", new JudgedReferences()),

  /** Reflection on Kaizen, JUnit, Surefire, JMH or the baseline's test classes. */
  REFLECTION("reflection", "reflection on Kaizen or test code", new Reflection()),

  /**
   * A literal of the baseline's tests, benchmarks or workloads in main code: a special case for
   * what the candidate is judged on.
   */
  JUDGED_INPUT(
      "judged-input", "a literal of the tests, benchmarks or workloads", JudgedInputs.DETECTOR);

  private final String id;
  private final String what;
  private final Detector detector;

  HackPattern(String id, String what, Detector detector) {
    this.id = id;
    this.what = what;
    this.detector = detector;
  }

  /** The stable id, as in {@code [hack: shutdown-hook]}. */
  public String id() {
    return id;
  }

  /** What the pattern is, as a refusal says it: "a shutdown hook". */
  public String what() {
    return what;
  }

  /** Every id, in check order. */
  public static List<String> ids() {
    return Stream.of(values()).map(HackPattern::id).toList();
  }

  Detector detector() {
    return detector;
  }
}
