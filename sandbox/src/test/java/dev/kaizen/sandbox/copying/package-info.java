/**
 * A test-only sandbox backend that runs each command on a copy of its tree and syncs the results
 * back, as a backend whose engine is on another machine would: it proves that the {@code
 * Sandbox.exec} contract allows such a backend (it passes the contract test), and it is the example
 * of adding a backend: registered with {@code SandboxBackends.standard().with(...)}, nothing
 * outside this package changes.
 */
package dev.kaizen.sandbox.copying;
