/**
 * Tests of publishing: the pull request's golden description (from a ledger written through the
 * codec and one written by the first release), GitHub's API against a stub, the publisher and the
 * {@code pr} command.
 */
package dev.kaizen.agent.publish;
