/**
 * Tests of reading {@code kaizen.yml}: defaults, located errors, path globs, price tables, model
 * providers checked against the registry, and a new eval type ({@link
 * dev.kaizen.agent.config.MetricsFileEvalType}, test only) read with its own keys.
 */
package dev.kaizen.agent.config;
