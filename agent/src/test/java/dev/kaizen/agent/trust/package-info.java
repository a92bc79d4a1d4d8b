/**
 * Tests of which changed files the gate refuses or judges: protected paths, and files holding
 * baseline tests or benchmarks.
 */
package dev.kaizen.agent.trust;
