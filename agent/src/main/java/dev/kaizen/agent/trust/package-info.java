/**
 * The candidate never judges itself: what a candidate may not change (protected paths, the tests
 * and benchmarks of the trusted baseline) and what it may not add to main code (the {@link
 * dev.kaizen.agent.trust.HackCheck}: shutdown hooks, exits, stack or command-line inspection, clock
 * and environment reads, static memo state, references to test classes, reflection on the judges,
 * literals of what the tests, benchmarks and workloads feed in or expect), checked before anything
 * of it runs.
 */
package dev.kaizen.agent.trust;
