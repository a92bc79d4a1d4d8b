/** Tests of the contract's own values (what an {@code ExecResult} says about a run). */
package dev.kaizen.sandbox;
