/**
 * Tests of the eval type registry: what it holds, how it refuses unknown and duplicate types, what
 * its types suggest.
 */
package dev.kaizen.evals.types;
