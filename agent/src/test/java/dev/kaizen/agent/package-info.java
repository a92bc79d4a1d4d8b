/**
 * Tests of the agent's root package: reading and formatting sizes and durations ({@code
 * Quantities}). The agent's shared test fixtures live in {@code dev.kaizen.agent.testing}.
 */
package dev.kaizen.agent;
