/**
 * The Docker backend, and the only package that knows docker-java.
 *
 * <p>{@link dev.kaizen.sandbox.docker.DockerSandbox} runs each command in a fresh locked-down
 * container; {@link dev.kaizen.sandbox.docker.DockerEngine} finds the engine. The {@code host}
 * image mode builds a tiny local image and mounts the host's JDK and Maven read-only, so no
 * registry is needed.
 */
package dev.kaizen.sandbox.docker;
