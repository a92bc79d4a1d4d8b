/**
 * Tests of the repository's GitHub workflows and composite action, read as YAML: triggers, and
 * which job holds which secret.
 */
package dev.kaizen.agent.github;
