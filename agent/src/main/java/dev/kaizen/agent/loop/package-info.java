/**
 * The improvement loop and what it shares with the one-shot commands: open a repository for
 * Kaizen, load the trusted configuration, prepare and open the sandbox, then index, propose,
 * commit, evaluate, gate, record, and move the session branch on acceptance.
 */
package dev.kaizen.agent.loop;
