/**
 * Tests of the model clients: every provider's client keeps one contract ({@link
 * dev.kaizen.agent.model.ModelClientContract}) against a loopback stub of its HTTP API, with
 * retries timed by a {@link dev.kaizen.agent.model.RecordingSleeper} instead of waits; and the pure
 * parts (the provider registry, requests, retry policy, {@code Retry-After}, error bodies).
 */
package dev.kaizen.agent.model;
