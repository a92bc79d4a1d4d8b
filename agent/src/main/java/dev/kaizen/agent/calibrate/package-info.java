/**
 * {@code kaizen calibrate}: proves the gate on this machine. A/A trials (a revision against itself)
 * give the false-accept rate with its confidence bound and the A/A noise floor; trials with a
 * planted slowdown (a lower CPU quota on the baseline side) give the power per effect size. The
 * latest calibration of a suite is kept under the workspace's {@code cache/calibration/}, and its
 * noise floor raises the gate's threshold τ when it is above {@code min-effect}.
 */
package dev.kaizen.agent.calibrate;
