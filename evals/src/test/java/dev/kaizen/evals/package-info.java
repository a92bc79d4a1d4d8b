/**
 * Tests of the eval suite and the gate, against a {@link dev.kaizen.evals.ScriptedSandbox} that
 * runs nothing and a {@link dev.kaizen.evals.SyntheticBench} that reports metrics around chosen
 * centres, so that every decision is reproducible without Docker.
 */
package dev.kaizen.evals;
