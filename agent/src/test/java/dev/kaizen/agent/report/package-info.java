/**
 * Tests of the report: the page's golden outline (from a ledger written through the codec and one
 * written by the first release), its charts, scales, lineage and escaping.
 */
package dev.kaizen.agent.report;
