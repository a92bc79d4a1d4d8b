/**
 * Tests of turning a model's answer into a patch: each edit format (SEARCH/REPLACE blocks, unified
 * diffs, whole methods), line endings, near-miss reports, and golden answers applied to golden
 * trees.
 */
package dev.kaizen.agent.patch;
