/**
 * {@code kaizen.yml}: what a repository means by "better", how strict the gate is, what a patch
 * may not touch, how the sandbox runs, which model to ask and how much may be spent. SnakeYAML
 * stays inside this package.
 */
package dev.kaizen.agent.config;
