/**
 * Kaizen's porcelain: {@link dev.kaizen.agent.api.Kaizen}, the one front object for everything a
 * user can do to a repository — set it up, index it, evaluate a revision, gate a candidate,
 * calibrate the gate, improve it (a loop or a manual session), read the ledger, write the report
 * and publish pull requests — each a method that returns a record. The command line, tests and any
 * other front end parse, call one method and render what it returns; none of them builds a sandbox,
 * an eval suite or a gate itself. The plumbing below ({@code project}, {@code loop}, {@code
 * calibrate}, {@code publish}, {@code report}, …) stays usable on its own.
 */
package dev.kaizen.agent.api;
