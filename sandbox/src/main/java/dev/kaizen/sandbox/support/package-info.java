/**
 * Building blocks the backends share: the bounded output tail, the host's toolchain, the readable
 * view of a Maven repository, the sampler of peak memory. Not part of the sandbox contract; no
 * third-party type appears here.
 */
package dev.kaizen.sandbox.support;
