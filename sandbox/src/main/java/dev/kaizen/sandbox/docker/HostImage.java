package dev.kaizen.sandbox.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.BuildImageResultCallback;
import com.github.dockerjava.api.exception.NotFoundException;
import dev.kaizen.sandbox.SandboxException;
import dev.kaizen.sandbox.support.HostRoot;
import dev.kaizen.sandbox.support.HostToolchain;
import dev.kaizen.sandbox.support.ToolchainMounts;
import dev.kaizen.sandbox.support.UserList;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;

/**
 * The {@code host} image mode: a tiny local image holding nothing but the host's top-level links
 * and a user list, which runs the host's own JDK and Maven from read-only mounts. It needs no
 * registry: the engine's classic builder makes it {@code FROM scratch} once, and it is reused (and
 * kept, as Kaizen's cache) while the host's layout stays the same.
 */
final class HostImage {

  static final String NAME = "kaizen-host:1";
  static final String LAYOUT_LABEL = "dev.kaizen.sandbox.host-layout";
  static final String PATH = HostToolchain.STANDARD_PATH;

  private static final String DOCKERFILE = "FROM scratch\nADD rootfs.tar /\n";
  private static final Object BUILD_LOCK = new Object();

  private HostImage() {}

  /** Makes sure the image exists and says how to run the host's toolchain in it. */
  static ContainerImage prepare(DockerClient docker, HostToolchain toolchain) {
    HostRoot root = HostRoot.scan();
    ensureImage(docker, root);
    return new ContainerImage(NAME, ToolchainMounts.of(root, toolchain), environment(toolchain));
  }

  /** PATH, JAVA_HOME and a UTF-8 locale; tool directories outside {@code /usr} go first on PATH. */
  static Map<String, String> environment(HostToolchain toolchain) {
    return toolchain.environment();
  }

  private static void ensureImage(DockerClient docker, HostRoot root) {
    synchronized (BUILD_LOCK) {
      String previous = null;
      try {
        var image = docker.inspectImageCmd(NAME).exec();
        Map<String, String> labels =
            image.getConfig() == null ? null : image.getConfig().getLabels();
        if (labels != null && root.fingerprint().equals(labels.get(LAYOUT_LABEL))) return;
        previous = image.getId();
      } catch (NotFoundException absent) {
        // first use on this engine
      }
      build(docker, root);
      if (previous != null) removeQuietly(docker, previous);
    }
  }

  private static void build(DockerClient docker, HostRoot root) {
    try (var context = new ByteArrayInputStream(buildContext(root))) {
      docker
          .buildImageCmd(context)
          .withTags(Set.of(NAME))
          .withLabels(Map.of(DockerSandbox.LABEL, "true", LAYOUT_LABEL, root.fingerprint()))
          .withPull(false)
          .withRemove(true)
          .withForcerm(true)
          .withNetworkMode("none")
          .exec(new BuildImageResultCallback())
          .awaitImageId(2, TimeUnit.MINUTES);
    } catch (IOException | RuntimeException e) {
      throw new SandboxException("cannot build the host image " + NAME + ": " + e.getMessage(), e);
    }
  }

  private static void removeQuietly(DockerClient docker, String imageId) {
    try {
      docker.removeImageCmd(imageId).exec();
    } catch (RuntimeException stillUsed) {
      // a container of another Kaizen still runs on it; the engine keeps it untagged
    }
  }

  /** A build context: the Dockerfile and the root file system it adds. */
  static byte[] buildContext(HostRoot root) {
    return tar(
        out -> {
          addFile(out, "Dockerfile", DOCKERFILE.getBytes(StandardCharsets.UTF_8));
          addFile(out, "rootfs.tar", rootFileSystem(root));
        });
  }

  /** The links of {@code root}, and {@code /etc} with a user list naming uid 65534. */
  static byte[] rootFileSystem(HostRoot root) {
    return tar(
        out -> {
          for (var link : root.links().entrySet()) {
            var entry = new TarArchiveEntry(link.getKey(), TarConstants.LF_SYMLINK);
            entry.setLinkName(link.getValue());
            out.putArchiveEntry(entry);
            out.closeArchiveEntry();
          }
          var etc = new TarArchiveEntry("etc/");
          etc.setMode(040755);
          out.putArchiveEntry(etc);
          out.closeArchiveEntry();
          addFile(out, "etc/passwd", UserList.PASSWD.getBytes(StandardCharsets.UTF_8));
          addFile(out, "etc/group", UserList.GROUP.getBytes(StandardCharsets.UTF_8));
        });
  }

  private interface TarWriter {
    void write(TarArchiveOutputStream out) throws IOException;
  }

  private static byte[] tar(TarWriter writer) {
    var bytes = new ByteArrayOutputStream();
    try (var out = new TarArchiveOutputStream(bytes)) {
      out.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      writer.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static void addFile(TarArchiveOutputStream out, String name, byte[] content)
      throws IOException {
    var entry = new TarArchiveEntry(name);
    entry.setMode(0100644);
    entry.setSize(content.length);
    out.putArchiveEntry(entry);
    out.write(content);
    out.closeArchiveEntry();
  }
}
