/**
 * Edits to a repository's files as values: what to change, and whether it applied.
 */
package dev.kaizen.agent.patch;
