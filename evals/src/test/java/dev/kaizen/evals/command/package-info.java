/** Tests of reading a command eval's metric line. */
package dev.kaizen.evals.command;
