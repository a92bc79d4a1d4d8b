/**
 * Tests of the code index and the repo map over {@link dev.kaizen.agent.testing.DemoTree}, and of
 * reading Javadoc's first sentence.
 */
package dev.kaizen.agent.index;
