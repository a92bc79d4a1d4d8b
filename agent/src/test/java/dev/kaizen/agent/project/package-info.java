/**
 * Tests of the project plumbing: the baseline-test cache and what the prepare command may see of
 * the environment.
 */
package dev.kaizen.agent.project;
