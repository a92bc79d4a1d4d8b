/**
 * Tests of the heuristic proposer and its rewrite rules: golden before/after cases for every
 * registered rule (they must also compile), the registry, and the helpers the rules share; {@link
 * dev.kaizen.agent.heuristic.EmptyStatementRule} is a test-only rule showing what a new one takes.
 */
package dev.kaizen.agent.heuristic;
