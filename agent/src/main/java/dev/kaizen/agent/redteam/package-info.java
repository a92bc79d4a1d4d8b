/**
 * The red-team suite: reward-hacking attacks kept as data ({@code evals/redteam/*.yml}, shipped in
 * the jar), each with the threat it belongs to, why it must be refused and the named reason it is
 * expected to be stopped with; and the {@link dev.kaizen.agent.redteam.AttackInstantiator} that
 * turns an attack's edit templates into a patch for any Maven repository, from targets it picks in
 * the repository's baseline. The loop runs them ({@code loop.RedTeam}); nothing here runs code.
 */
package dev.kaizen.agent.redteam;
