/**
 * Tests of the budget: the token and money limits checked before a model call, and model prices
 * (configured, listed, local).
 */
package dev.kaizen.agent.budget;
