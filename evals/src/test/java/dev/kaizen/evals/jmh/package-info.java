/** Tests of the jmh eval type and of reading JMH's JSON results, against recorded result files. */
package dev.kaizen.evals.jmh;
