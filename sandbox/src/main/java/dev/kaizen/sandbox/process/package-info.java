/**
 * The process backends ({@link dev.kaizen.sandbox.process.ProcessBackend}): commands run as child
 * processes with a cleared environment, a timeout that kills the whole process tree and bounded
 * output. {@code process} runs them under bubblewrap, with namespaces (no network, their own
 * processes, uid 65534 without capabilities), the host's toolchain read-only and a private {@code
 * /tmp}: partial isolation; where bubblewrap is missing or cannot create namespaces it runs
 * nothing. {@code unsafe-process} runs plain processes that are not isolated at all, only for those
 * who name it. Neither limits memory, processes or CPU. Both report the process tree's peak memory,
 * sampled from {@code /proc}.
 */
package dev.kaizen.sandbox.process;
