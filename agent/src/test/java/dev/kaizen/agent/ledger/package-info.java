/**
 * Tests of the ledger: the codec's round trips, layout and upgrades of the first release's
 * documents, and the session log's typed reads and writes and their guarantees.
 */
package dev.kaizen.agent.ledger;
