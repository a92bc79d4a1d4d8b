/** Tests of counting tokens (o200k), also from many threads at once. */
package dev.kaizen.agent.tokens;
