package dev.kaizen.sandbox.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class that needs a Docker engine: tagged {@code docker} (so that a build may exclude it
 * with {@code -DexcludedGroups=docker}), and failed, never skipped, when it runs and no engine
 * answers ({@link DockerEngineCheck}).
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("docker")
@ExtendWith(DockerEngineCheck.class)
public @interface RequiresDocker {}
