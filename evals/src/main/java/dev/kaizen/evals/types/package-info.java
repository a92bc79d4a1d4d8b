/**
 * The one registry of eval types ({@link dev.kaizen.evals.types.EvalTypes}): the built-in {@code
 * junit}, {@code command} and {@code jmh}, any type added to them, and shorthand for the built-in
 * evals ({@code EvalTypes.junit("tests", "mvn -o -B -q test")}).
 */
package dev.kaizen.evals.types;
