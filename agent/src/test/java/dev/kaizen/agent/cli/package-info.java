/**
 * Tests of the command line, run in-process through {@link dev.kaizen.agent.cli.CliRun}: exit
 * codes, one-line errors, JSON and progress output without Docker; and each command end to end on
 * fixture repositories in the Docker sandbox ({@code @RequiresDocker}).
 */
package dev.kaizen.agent.cli;
