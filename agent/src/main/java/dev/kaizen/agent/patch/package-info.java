/**
 * Edits to a repository's files as values: what to change, and whether it applied.
 *
 * <p>A model's answer becomes a {@link dev.kaizen.agent.patch.Patch} through {@link
 * dev.kaizen.agent.patch.ModelAnswers}, which detects the {@link dev.kaizen.agent.patch.EditFormat}
 * (SEARCH/REPLACE blocks, a unified diff, or whole methods), reads it ({@code tryParse}) and
 * applies it ({@code tryApply}). Answers that cannot be read and edits that do not apply are data —
 * {@link dev.kaizen.agent.patch.AnswerProblem}, {@link dev.kaizen.agent.patch.BlockFailure} — that
 * {@link dev.kaizen.agent.patch.RepairMessage} writes up for the model. JavaParser stays inside
 * this package.
 */
package dev.kaizen.agent.patch;
