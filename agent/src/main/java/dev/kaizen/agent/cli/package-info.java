/**
 * The command line (picocli): {@code kaizen <command>}. Exceptions become exit codes here and only
 * here: 0 done, 1 internal error, 2 usage or configuration error, 3 environment unavailable, 4
 * budget exhausted.
 */
package dev.kaizen.agent.cli;
