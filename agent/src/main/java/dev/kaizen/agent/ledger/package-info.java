/**
 * The ledger: an append-only record of every session and every iteration, accepted or not, under
 * {@code workspace/sessions/<session>/}. Each iteration's line is written (and synced) before the
 * next iteration starts; files are replaced atomically, so nothing half-written is ever read back
 * as complete.
 */
package dev.kaizen.agent.ledger;
