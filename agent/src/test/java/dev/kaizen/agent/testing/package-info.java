/**
 * Fixtures the agent's tests share: temporary git repositories, small Maven projects, recorded
 * ledgers (in either schema), scripted proposers, a test-only model provider, the providers' wire
 * formats, and whether a Docker engine answers.
 */
package dev.kaizen.agent.testing;
