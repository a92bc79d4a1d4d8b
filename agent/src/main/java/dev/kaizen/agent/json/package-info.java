/**
 * The agent's JSON (the ledger, {@code --json} output, reports, GitHub's API):
 * {@link dev.kaizen.agent.json.Json} writes records and maps as text and reads text back into
 * records. Jackson stays inside this package.
 */
package dev.kaizen.agent.json;
