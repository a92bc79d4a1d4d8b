/**
 * Tests of the improvement loop: what it decides before anything runs, the diagnoses it passes to
 * the next proposal, and, {@code @RequiresDocker}, the loop end to end with scripted proposals.
 */
package dev.kaizen.agent.loop;
