/**
 * The {@code llm} proposer and its {@code replay}: {@link dev.kaizen.agent.llm.LlmProposer} builds
 * a request from the prompt templates under a hard token limit, asks a {@link
 * dev.kaizen.agent.model.ModelClient} within the budget, reads the edits of the answer, and sends
 * the reason back in repair rounds when they do not apply, parse or build; {@link
 * dev.kaizen.agent.llm.ReplayClient} answers with a recorded session's answers instead of a model.
 * No model library is used here: clients come from {@code dev.kaizen.agent.model}.
 */
package dev.kaizen.agent.llm;
