/** Tests of the red-team suite's templates: golden patches on the fixture, and targets. */
package dev.kaizen.agent.redteam;
