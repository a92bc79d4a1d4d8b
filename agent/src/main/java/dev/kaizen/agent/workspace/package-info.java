/**
 * Git work through JGit: Kaizen's own bare clone of the target under {@code workspace/repos/},
 * candidate commits built in memory (no checkout), trees exported for the sandbox, compare-and-swap
 * branch updates, and fast-forward-only pushes of a branch to a remote. The user's working tree,
 * index and current branch are never touched, except that {@code --into} may fast-forward a branch
 * the user asked for.
 *
 * <p>{@link dev.kaizen.agent.workspace.Workspace} is the one public front; each thing it does is
 * one small package-private command class that states its promise. JGit stays inside this package:
 * no JGit type appears in a public signature.
 */
package dev.kaizen.agent.workspace;
