/**
 * Tests of the Docker backend: the contract and the attack suite in real containers, the policy
 * seen from inside a container, images (host, Dockerfile, registry) and the removal of leftover
 * containers, which need the engine of this machine ({@code @RequiresDocker}); and the pure parts
 * (container policy, cgroup paths, owners, users, error answers) without it.
 */
package dev.kaizen.sandbox.docker;
