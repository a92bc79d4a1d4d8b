/**
 * Where candidate changes come from. {@link dev.kaizen.agent.propose.Proposer} is the contract;
 * implementations (the offline heuristic engine, a model, a replay of a recorded session) live in
 * their own packages and are chosen by name.
 */
package dev.kaizen.agent.propose;
