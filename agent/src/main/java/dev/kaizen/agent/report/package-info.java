/**
 * {@code kaizen report}: one self-contained HTML page of the ledger, with charts drawn as plain SVG
 * ({@link dev.kaizen.agent.report.SvgChart} on {@link dev.kaizen.agent.report.Scale}), the lineage
 * of candidates ({@link dev.kaizen.agent.report.Lineage}), costs and every decision's numbers
 * ({@link dev.kaizen.agent.report.ReportPage}), as the ledger's typed records hold them ({@link
 * dev.kaizen.agent.report.SessionData}): nothing is computed anew. The page loads nothing and runs
 * no script; every string read from the ledger is escaped, since summaries and reasons may come
 * from a model.
 */
package dev.kaizen.agent.report;
