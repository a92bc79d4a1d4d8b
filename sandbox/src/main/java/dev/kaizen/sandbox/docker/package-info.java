/**
 * The Docker backend, and the only package that knows docker-java.
 *
 * <p>{@link dev.kaizen.sandbox.docker.DockerBackend} is the {@code docker} backend (full isolation,
 * memory, pids and CPU limits, GPU requests; available when the engine answers); {@link
 * dev.kaizen.sandbox.docker.DockerSandbox} runs each command in a fresh locked-down container;
 * {@link dev.kaizen.sandbox.docker.DockerEngine} finds the engine. The {@code host} image mode
 * builds a tiny local image and mounts the host's JDK and Maven read-only, so no registry is
 * needed; an image reference is used when local and pulled otherwise; a Dockerfile in the tree is
 * built with the classic builder and reused while its build context is unchanged. A container's
 * peak memory is read from its memory cgroup while it runs.
 */
package dev.kaizen.sandbox.docker;
