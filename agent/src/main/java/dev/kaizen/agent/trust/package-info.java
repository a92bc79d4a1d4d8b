/**
 * The candidate never judges itself: what a candidate may not change (protected paths, the tests
 * and benchmarks of the trusted baseline), checked before anything of it runs.
 */
package dev.kaizen.agent.trust;
