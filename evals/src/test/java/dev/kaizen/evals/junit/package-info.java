/**
 * Tests of reading Surefire reports: outcomes, identifiers, messages and files that do not parse.
 */
package dev.kaizen.evals.junit;
