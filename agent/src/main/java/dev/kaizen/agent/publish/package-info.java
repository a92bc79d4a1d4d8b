/**
 * Publishing a session: its branch pushed (through {@code workspace}) and one draft pull request
 * opened on GitHub, or the one opened before updated, with the ledger's evidence as its body.
 * {@link dev.kaizen.agent.publish.SessionEvidence} reads the ledger's typed records once; nothing
 * here computes a statistic (every interval and p is the gate's, as the ledger holds it).
 *
 * <p>{@link dev.kaizen.agent.publish.PullRequestBody} is a pure function from ledger records to
 * markdown; {@link dev.kaizen.agent.publish.GitHubClient} speaks GitHub's REST API over {@code
 * java.net.http}, with GitHub's bodies as small records; {@link dev.kaizen.agent.publish.Publisher}
 * decides what to push and whether to open or update, and records what it published in the
 * session's {@code pull-request.json}. The token never leaves {@link
 * dev.kaizen.agent.publish.GitHubToken} except for a request header and the push's credentials, and
 * is scrubbed from every message.
 */
package dev.kaizen.agent.publish;
