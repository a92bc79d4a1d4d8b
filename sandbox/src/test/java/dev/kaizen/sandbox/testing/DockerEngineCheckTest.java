package dev.kaizen.sandbox.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;

/** The engine check fails a class without an engine (never skips it), and asks once per run. */
class DockerEngineCheckTest {

  @Test
  void fails_the_class_saying_how_to_start_an_engine_when_none_answers() {
    var check = new DockerEngineCheck(() -> false);

    assertThatThrownBy(() -> check.beforeAll(context("SomeDockerTest", new HashMap<>())))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("SomeDockerTest needs a Docker engine and none answers at ")
        .hasMessageContaining("start one (sudo dockerd &) or set DOCKER_HOST")
        .hasMessageContaining("never skipped");
  }

  @Test
  void lets_the_class_run_and_asks_the_engine_once_per_test_run() {
    var asked = new AtomicInteger();
    var check = new DockerEngineCheck(() -> asked.incrementAndGet() > 0);
    Map<Object, Object> runStore = new HashMap<>();

    assertThatCode(() -> check.beforeAll(context("FirstDockerTest", runStore)))
        .doesNotThrowAnyException();
    assertThatCode(() -> check.beforeAll(context("SecondDockerTest", runStore)))
        .doesNotThrowAnyException();
    assertThat(asked).hasValue(1);
  }

  @Test
  void an_engine_found_elsewhere_than_DOCKER_HOST_does_not_count() {
    URI defaultSocket = URI.create("unix:///var/run/docker.sock");

    assertThat(DockerEngineCheck.isDockerHost("unix:///tmp/missing/docker.sock", defaultSocket))
        .as("Testcontainers fell back to the default socket")
        .isFalse();
    assertThat(DockerEngineCheck.isDockerHost("unix:///var/run/docker.sock", defaultSocket))
        .isTrue();
    assertThat(DockerEngineCheck.isDockerHost(null, defaultSocket))
        .as("DOCKER_HOST unset")
        .isTrue();
  }

  /** A class's context whose root store is {@code runStore}; nothing else of it is used. */
  private static ExtensionContext context(String name, Map<Object, Object> runStore) {
    ExtensionContext.Store store =
        (ExtensionContext.Store)
            Proxy.newProxyInstance(
                DockerEngineCheckTest.class.getClassLoader(),
                new Class<?>[] {ExtensionContext.Store.class},
                (proxy, method, args) -> {
                  if (!method.getName().equals("getOrComputeIfAbsent") || args.length != 3) {
                    throw new UnsupportedOperationException(method.getName());
                  }
                  @SuppressWarnings("unchecked")
                  var compute = (Function<Object, Object>) args[1];
                  return runStore.computeIfAbsent(args[0], compute);
                });
    return (ExtensionContext)
        Proxy.newProxyInstance(
            DockerEngineCheckTest.class.getClassLoader(),
            new Class<?>[] {ExtensionContext.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getRoot" -> proxy;
                  case "getStore" -> store;
                  case "getDisplayName" -> name;
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }
}
