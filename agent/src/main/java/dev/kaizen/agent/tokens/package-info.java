/**
 * Counts tokens the way a model's tokenizer does, for prompt budgets and the spending budget.
 * JTokkit stays inside this package and no JTokkit type appears in its API.
 */
package dev.kaizen.agent.tokens;
