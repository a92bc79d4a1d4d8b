/**
 * Tests of Kaizen's git workspace on real repositories ({@link
 * dev.kaizen.agent.testing.GitFixture}): opening the user's repository, the clone, committing
 * patches, moving and publishing branches, pushing without leaking secrets.
 */
package dev.kaizen.agent.workspace;
