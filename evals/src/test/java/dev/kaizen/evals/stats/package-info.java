/**
 * Tests of the statistics against published examples, values worked out by hand and their defining
 * properties.
 */
package dev.kaizen.evals.stats;
