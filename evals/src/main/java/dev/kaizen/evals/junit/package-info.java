/**
 * The {@code junit} eval type ({@link dev.kaizen.evals.junit.JunitEvalType}) and the Surefire XML
 * test reports it reads ({@code TEST-*.xml} under any {@code target/surefire-reports} of a tree, so
 * multi-module trees work) into a {@link dev.kaizen.evals.TestReport}.
 *
 * <p>Uses the JDK's StAX parser with DTDs and external entities off. A report that does not parse
 * is a problem naming the file, not an exception.
 */
package dev.kaizen.evals.junit;
