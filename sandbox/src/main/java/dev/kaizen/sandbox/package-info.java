/**
 * Runs untrusted commands on a directory tree, isolated from the host.
 *
 * <p>{@link dev.kaizen.sandbox.Sandbox} is the whole contract: a {@link dev.kaizen.sandbox.Command}
 * runs on a tree under {@link dev.kaizen.sandbox.Limits} and yields an
 * {@link dev.kaizen.sandbox.ExecResult}. Backends are chosen through
 * {@link dev.kaizen.sandbox.Sandboxes}. This module knows nothing of models, git or scores, and no
 * third-party type appears in its public signatures.
 */
package dev.kaizen.sandbox;
