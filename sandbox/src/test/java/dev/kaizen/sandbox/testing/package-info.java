/**
 * The sandbox's shared test fixtures, published as the module's test-jar for other modules' tests:
 * {@link dev.kaizen.sandbox.testing.TestSandboxes} (settings, limits, process observations), {@link
 * dev.kaizen.sandbox.testing.MavenFixture} and {@link dev.kaizen.sandbox.testing.FixturePom} (a
 * small Maven project and the pom with this build's pinned plugins, for offline builds), {@link
 * dev.kaizen.sandbox.testing.SandboxContractTest} (what every backend promises, and the attack
 * suite; a backend's test extends it) and {@link dev.kaizen.sandbox.testing.RequiresDocker} (tags a
 * class {@code docker} and fails it, never skips it, when no engine answers).
 */
package dev.kaizen.sandbox.testing;
