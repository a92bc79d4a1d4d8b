/**
 * The agent: it indexes a repository ({@code index}), proposes changes ({@code propose}, {@code
 * heuristic}), commits them in its own clone ({@code workspace}), has them built, tested and
 * measured in the sandbox and judged by the gate ({@code loop}, using the evals module), records
 * everything ({@code ledger}) and is driven from the command line ({@code cli}).
 *
 * <p>The exceptions here are the agent's root ({@link dev.kaizen.agent.KaizenException}), one per
 * exit code; the CLI is the only place that turns them into exit codes. {@link
 * dev.kaizen.agent.Quantities} reads and formats the sizes and durations people write, for every
 * package above.
 */
package dev.kaizen.agent;
