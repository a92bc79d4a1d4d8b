/**
 * Where a project's time goes: Java Flight Recorder execution samples attributed to the indexed
 * methods of the project's main code, so that a proposer can focus on the methods that matter.
 *
 * <p>{@link dev.kaizen.agent.profile.Profiler} records a command in the sandbox with every JVM it
 * starts writing a recording; {@link dev.kaizen.agent.profile.Hotspots} reads recordings against a
 * {@link dev.kaizen.agent.index.CodeIndex}. Both answer with a {@link
 * dev.kaizen.agent.profile.Profile}: the hot methods, and what could not be read or run as problems
 * (never exceptions). The JDK's {@code jdk.jfr.consumer} API stays inside this package.
 */
package dev.kaizen.agent.profile;
