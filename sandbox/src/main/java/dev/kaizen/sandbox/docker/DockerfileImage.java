package dev.kaizen.sandbox.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.BuildImageResultCallback;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.core.dockerfile.Dockerfile;
import dev.kaizen.sandbox.Limits;
import dev.kaizen.sandbox.SandboxConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * The image built from a Dockerfile inside the tree ({@code image: Dockerfile}, {@code image:
 * docker/Dockerfile}), with the engine's classic builder.
 *
 * <p>The build context is the Dockerfile's directory, less what its {@code .dockerignore} excludes;
 * symbolic links are sent as links, never followed. The image is tagged {@value #REPOSITORY}{@code
 * :<hash>} by a SHA-256 of the context (paths, types, modes, link targets and contents, not times)
 * and labelled, so that a tree whose context is unchanged reuses it and any change builds a new
 * one. Build steps run without network and with the command's memory limit; the build may take as
 * long as the command's timeout. Built images stay as a cache.
 */
final class DockerfileImage implements ImageResolver {

  static final String REPOSITORY = "kaizen-dockerfile";
  static final String DOCKERFILE_LABEL = "dev.kaizen.sandbox.dockerfile";
  static final String CONTEXT_LABEL = "dev.kaizen.sandbox.context-sha256";

  private static final Object BUILD_LOCK = new Object();

  private final DockerClient docker;
  private final String path;

  DockerfileImage(DockerClient docker, String path) {
    this.docker = Objects.requireNonNull(docker, "docker");
    this.path = Objects.requireNonNull(path, "path");
  }

  @Override
  public ContainerImage resolve(Path workspace, Limits limits) {
    Path dockerfile = locate(workspace);
    Path context = dockerfile.getParent();
    String hash = contextHash(dockerfile, context);
    String tag = REPOSITORY + ":" + hash.substring(0, 16);
    synchronized (BUILD_LOCK) {
      if (!hasImage(tag, hash)) build(dockerfile, context, tag, hash, limits);
    }
    return ContainerImage.selfContained(tag);
  }

  @Override
  public String describe() {
    return path;
  }

  @Override
  public List<String> weaknesses() {
    return List.of(
        "image build: the Dockerfile's RUN steps run as its user (root by default) with Docker's"
            + " default capabilities and no pids limit (network none, memory capped); its FROM"
            + " images and ADD URLs are fetched by the engine. Keep the Dockerfile out of the"
            + " agent's reach.");
  }

  /** The Dockerfile in {@code workspace}, which must not lead out of it. */
  private Path locate(Path workspace) {
    Path dockerfile = workspace.resolve(path).normalize();
    if (!Files.isRegularFile(dockerfile)) {
      throw new SandboxConfigurationException(
          "image: "
              + path
              + " names no Dockerfile in "
              + workspace
              + " (no file "
              + dockerfile
              + ")");
    }
    try {
      if (!dockerfile.toRealPath().startsWith(workspace.toRealPath())) {
        throw new SandboxConfigurationException(
            "image: " + path + " is a link that leads out of " + workspace);
      }
    } catch (IOException e) {
      throw new SandboxConfigurationException("cannot read " + dockerfile + ": " + e, e);
    }
    return dockerfile;
  }

  /**
   * A SHA-256 of what the build would send: the Dockerfile's name and each context entry, in name
   * order, by path, type, mode, link target and content.
   */
  static String contextHash(Path dockerfile, Path context) {
    var entries = new TreeMap<String, byte[]>();
    try (InputStream tar = contextTar(dockerfile, context);
        var in = new TarArchiveInputStream(new GzipCompressorInputStream(tar))) {
      for (TarArchiveEntry entry; (entry = in.getNextEntry()) != null; ) {
        MessageDigest digest = sha256();
        update(digest, entry.isSymbolicLink() ? "link" : entry.isDirectory() ? "dir" : "file");
        update(digest, Integer.toOctalString(entry.getMode() & 07777));
        update(digest, entry.getLinkName());
        digest.update(in.readAllBytes());
        entries.put(entry.getName(), digest.digest());
      }
    } catch (IOException | RuntimeException e) {
      throw new SandboxConfigurationException(
          "cannot read the build context " + context + " of " + dockerfile + ": " + e.getMessage(),
          e);
    }
    MessageDigest total = sha256();
    update(total, context.relativize(dockerfile).toString());
    entries.forEach(
        (name, digest) -> {
          update(total, name);
          total.update(digest);
        });
    return HexFormat.of().formatHex(total.digest());
  }

  private static InputStream contextTar(Path dockerfile, Path context) throws IOException {
    return new Dockerfile(dockerfile.toFile(), context.toFile()).parse().buildDockerFolderTar();
  }

  private boolean hasImage(String tag, String hash) {
    try {
      var config = docker.inspectImageCmd(tag).exec().getConfig();
      Map<String, String> labels = config == null ? null : config.getLabels();
      return labels != null && hash.equals(labels.get(CONTEXT_LABEL));
    } catch (NotFoundException absent) {
      return false;
    }
  }

  private void build(Path dockerfile, Path context, String tag, String hash, Limits limits) {
    long timeout = limits.timeout().toMillis();
    try (var building =
        docker
            .buildImageCmd()
            .withBaseDirectory(context.toFile())
            .withDockerfile(dockerfile.toFile())
            .withTags(Set.of(tag))
            .withLabels(
                Map.of(DockerSandbox.LABEL, "true", DOCKERFILE_LABEL, path, CONTEXT_LABEL, hash))
            .withPull(false)
            .withRemove(true)
            .withForcerm(true)
            .withNetworkMode("none")
            .withMemory(limits.memoryBytes())
            .withMemswap(limits.memoryBytes())
            .exec(new BuildImageResultCallback())) {
      if (!building.awaitCompletion(timeout, TimeUnit.MILLISECONDS)) {
        throw cannotBuild(dockerfile, "it did not finish within " + timeout / 1000 + " s");
      }
      building.awaitImageId();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw cannotBuild(dockerfile, "interrupted");
    } catch (IOException | RuntimeException e) {
      if (e instanceof SandboxConfigurationException c) throw c;
      throw cannotBuild(dockerfile, e.getMessage());
    }
  }

  private SandboxConfigurationException cannotBuild(Path dockerfile, String why) {
    return new SandboxConfigurationException(
        "image: " + path + " does not build (" + dockerfile + "): " + why);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private static void update(MessageDigest digest, String text) {
    byte[] bytes = (text == null ? "" : text).getBytes(StandardCharsets.UTF_8);
    digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.UTF_8));
    digest.update((byte) ':');
    digest.update(bytes);
  }
}
