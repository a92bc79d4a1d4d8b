/**
 * The process backend: commands run as plain child processes, with a cleared environment, a timeout
 * that kills the whole process tree and bounded output, and no isolation at all.
 */
package dev.kaizen.sandbox.process;
