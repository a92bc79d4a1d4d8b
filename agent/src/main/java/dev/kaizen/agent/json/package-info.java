/**
 * The agent's JSON (the ledger, {@code --json} output, reports, GitHub's API): {@link
 * dev.kaizen.agent.json.Json} writes records (and the CLI's maps) as text and reads text back into
 * records. Jackson stays inside this package; records say what they need of the wire format with
 * Kaizen's own annotations, {@link dev.kaizen.agent.json.JsonKey} (a key that is not the
 * component's name) and {@link dev.kaizen.agent.json.JsonInline} (a component whose keys sit in the
 * enclosing object).
 */
package dev.kaizen.agent.json;
