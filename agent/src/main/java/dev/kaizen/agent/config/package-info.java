/**
 * {@code kaizen.yml}: what a repository means by "better", how strict the gate is, what a patch may
 * not touch, how the sandbox runs, which model to ask and how much may be spent. SnakeYAML stays
 * inside this package. The {@code model:} section's record is {@link
 * dev.kaizen.agent.model.ModelConfig}; its {@code provider} is checked against the registry, {@link
 * dev.kaizen.agent.model.ModelProviders}.
 */
package dev.kaizen.agent.config;
