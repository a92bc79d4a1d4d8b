/**
 * The agent's shared test fixtures: real git repositories ({@link
 * dev.kaizen.agent.testing.GitFixture}), fixture projects to improve ({@link
 * dev.kaizen.agent.testing.SlowReportRepo}, {@link dev.kaizen.agent.testing.JmhRepo}, whose poms
 * are the sandbox test-jar's {@code FixturePom}), trees to index or profile ({@link
 * dev.kaizen.agent.testing.DemoTree}, {@link dev.kaizen.agent.testing.SpinTree}), a scripted
 * proposer, providers' wire formats and a test-only provider, recorded ledgers in either schema
 * ({@link dev.kaizen.agent.testing.LedgerFixture}), and questions to the Docker engine ({@link
 * dev.kaizen.agent.testing.Docker}).
 */
package dev.kaizen.agent.testing;
