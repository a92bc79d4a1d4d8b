/**
 * The process backend ({@link dev.kaizen.sandbox.process.ProcessBackend}, always available):
 * commands run as child processes with a cleared environment, a timeout that kills the whole
 * process tree and bounded output. Under bubblewrap, where it works, they also get namespaces (no
 * network, their own processes, uid 65534 without capabilities), the host's toolchain read-only and
 * a private {@code /tmp}: partial isolation; as plain processes they are not isolated at all.
 * Neither mode limits memory, processes or CPU. Both report the process tree's peak memory, sampled
 * from {@code /proc}.
 */
package dev.kaizen.sandbox.process;
