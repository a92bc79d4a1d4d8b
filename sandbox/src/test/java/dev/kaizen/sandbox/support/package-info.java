/**
 * Tests of the backends' shared building blocks: the output tail, the host's root and toolchain,
 * the readable view of a Maven repository, the peak sampler and directory clean-up.
 */
package dev.kaizen.sandbox.support;
