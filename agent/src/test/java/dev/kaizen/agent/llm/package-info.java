/**
 * Tests of the {@code llm} proposer: prompt templates and the first request, reading an answer's
 * summary and rationale, and the proposer against a loopback stub of each provider: repair rounds,
 * retries, budgets and replays.
 */
package dev.kaizen.agent.llm;
