/**
 * Publishing a session: its branch pushed (through {@code workspace}) and one draft pull request
 * opened on GitHub, or the one opened before updated, with the ledger's evidence as its body.
 *
 * <p>{@link dev.kaizen.agent.publish.PullRequestBody} is a pure function from ledger records to
 * markdown; {@link dev.kaizen.agent.publish.GitHubClient} speaks GitHub's REST API over {@code
 * java.net.http}; {@link dev.kaizen.agent.publish.Publisher} decides what to push and whether to
 * open or update. The token never leaves {@link dev.kaizen.agent.publish.GitHubToken} except for a
 * request header and the push's credentials, and is scrubbed from every message.
 */
package dev.kaizen.agent.publish;
