/**
 * The registry of sandbox backends: {@link dev.kaizen.sandbox.backends.SandboxBackends} knows each
 * {@link dev.kaizen.sandbox.SandboxBackend} by its name, reads {@code sandbox.backend}, chooses for
 * {@code auto} by isolation (never a backend that isolates nothing unless that was allowed), and
 * warns whenever the sandbox it opens isolates less than fully. The only package that knows every
 * backend; nothing else compares backend names.
 */
package dev.kaizen.sandbox.backends;
