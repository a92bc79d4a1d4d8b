/**
 * What model calls may cost, and the session's account of what they did cost. {@link
 * dev.kaizen.agent.budget.Budget} is asked before every call how many answer tokens it may use and
 * told afterwards what the call took; it stops the session with {@link
 * dev.kaizen.agent.BudgetExhaustedException} (exit 4) before a call could break a limit. {@link
 * dev.kaizen.agent.budget.Prices} turns tokens into dollars, from {@code model.price} or the list
 * prices of the model's provider ({@link dev.kaizen.agent.model.ModelProviders}). This package
 * takes plain numbers and knows nothing of model clients or providers' APIs.
 */
package dev.kaizen.agent.budget;
