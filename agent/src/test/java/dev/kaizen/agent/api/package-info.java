/**
 * Tests of the porcelain, {@link dev.kaizen.agent.api.Kaizen}, with extensions only the tests know.
 */
package dev.kaizen.agent.api;
