/**
 * Tests of profiling: matching JVM frames to indexed methods, ranking hot methods of a real Java
 * Flight Recorder recording, and the profiler on the process backend and, {@code @RequiresDocker},
 * in the Docker sandbox, over {@link dev.kaizen.agent.testing.SpinTree}.
 */
package dev.kaizen.agent.profile;
