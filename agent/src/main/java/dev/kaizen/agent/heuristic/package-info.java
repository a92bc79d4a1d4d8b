/**
 * The offline proposer: {@link dev.kaizen.agent.heuristic.HeuristicProposer} walks the main code
 * with JavaParser {@link dev.kaizen.agent.heuristic.RewriteRule rewrite rules}, each of which knows
 * one behaviour-preserving improvement and the exact conditions under which it is safe, and
 * proposes one rewrite at a time. Rewrites keep the rest of the file byte-identical (JavaParser's
 * LexicalPreservingPrinter, plus plain text insertions where that printer lays out new members
 * badly). {@link dev.kaizen.agent.heuristic.RewriteRules} is the one list of registered rules;
 * every registered rule has golden before/after cases under {@code
 * src/test/resources/heuristic/<rule-id>/}, which the tests require. JavaParser stays inside this
 * package, {@code dev.kaizen.agent.index} and {@code dev.kaizen.agent.patch}.
 */
package dev.kaizen.agent.heuristic;
