/**
 * The improvement loop and what it shares with the one-shot commands: open a repository for
 * Kaizen, load the trusted configuration, prepare and open the sandbox, then index, propose,
 * commit, evaluate, gate, record, and move the session branch on acceptance. {@link
 * dev.kaizen.agent.loop.Improver} runs these steps on its own; {@link
 * dev.kaizen.agent.loop.ManualSession} lets the user take each one.
 */
package dev.kaizen.agent.loop;
