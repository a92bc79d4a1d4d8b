/**
 * Tests of the backend registry: names and their checks, what {@code auto} chooses with and without
 * an engine, and the warning that comes with a sandbox below full isolation ({@code
 * SandboxBackendsDockerTest} needs the engine of this machine).
 */
package dev.kaizen.sandbox.backends;
