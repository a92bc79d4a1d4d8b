/**
 * The sandbox contract: runs untrusted commands on a directory tree, isolated from the host.
 *
 * <p>{@link dev.kaizen.sandbox.Sandbox} is the whole contract for callers: a {@link
 * dev.kaizen.sandbox.Command} runs on a tree under {@link dev.kaizen.sandbox.Limits} and yields an
 * {@link dev.kaizen.sandbox.ExecResult}; what a sandbox can do is in its {@link
 * dev.kaizen.sandbox.Capabilities} and what it cannot contain in its {@link
 * dev.kaizen.sandbox.Attack}s and weaknesses. {@link dev.kaizen.sandbox.SandboxBackend} is the
 * extension point; the backends live in subpackages and are chosen by name through the registry
 * {@code dev.kaizen.sandbox.backends.SandboxBackends}. This package imports none of its
 * subpackages. The module knows nothing of models, git or scores, and no third-party type appears
 * in its public signatures.
 */
package dev.kaizen.sandbox;
