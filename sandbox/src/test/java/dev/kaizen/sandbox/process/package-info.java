/**
 * Tests of the process backend: the contract and the attack suite for plain processes and under
 * bubblewrap (tagged {@code bubblewrap}: it needs {@code bwrap} and user namespaces), the probe
 * that chooses between them, killing process trees and sampling their memory.
 */
package dev.kaizen.sandbox.process;
