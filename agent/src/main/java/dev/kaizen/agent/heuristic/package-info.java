/**
 * The offline proposer: {@link dev.kaizen.agent.heuristic.HeuristicProposer} walks the main code
 * with JavaParser {@link dev.kaizen.agent.heuristic.RewriteRule rewrite rules}, each of which knows
 * one behaviour-preserving improvement and the exact conditions under which it is safe, and
 * proposes one rewrite at a time. Rewrites keep the rest of the file byte-identical (JavaParser's
 * LexicalPreservingPrinter, plus plain text insertions where that printer lays out new members
 * badly). JavaParser stays inside this package and {@code dev.kaizen.agent.index}.
 */
package dev.kaizen.agent.heuristic;
