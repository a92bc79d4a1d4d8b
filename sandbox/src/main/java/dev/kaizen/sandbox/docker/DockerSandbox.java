package dev.kaizen.sandbox.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.ConflictException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Container;
import dev.kaizen.sandbox.Attack;
import dev.kaizen.sandbox.Capabilities;
import dev.kaizen.sandbox.Command;
import dev.kaizen.sandbox.ExecResult;
import dev.kaizen.sandbox.Limits;
import dev.kaizen.sandbox.Sandbox;
import dev.kaizen.sandbox.SandboxConfigurationException;
import dev.kaizen.sandbox.SandboxException;
import dev.kaizen.sandbox.SandboxSettings;
import dev.kaizen.sandbox.support.HostMount;
import dev.kaizen.sandbox.support.HostToolchain;
import dev.kaizen.sandbox.support.MavenRepositoryView;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs each command in a fresh, locked-down Docker container, then removes it.
 *
 * <p>Every container: network {@code none}; read-only root file system; a size-capped tmpfs {@code
 * /tmp} (also {@code HOME}); a non-root user (see {@link ContainerUser}); all capabilities dropped;
 * {@code no-new-privileges}; memory (swap included), CPU and pids limits; GPUs only when the limits
 * ask; no host environment variable, only the toolchain's ({@code PATH}, {@code HOME}, {@code
 * JAVA_HOME}, {@code LANG}, {@code MAVEN_OPTS}) and the command's own; the tree mounted read-write
 * at {@value ContainerPolicy#WORKSPACE} as the working directory; the Maven repository read-only at
 * {@value ContainerPolicy#MAVEN_REPOSITORY}; labels naming this process so that leftovers can be
 * found. The host kills a container when its time is up and removes every container, whatever
 * happened.
 *
 * <p>Each result's peak memory is the container's memory cgroup high-water mark, read on this host
 * while the container runs (see {@link ContainerMemory}); it is empty when the engine's cgroups
 * cannot be seen from here (a remote {@code DOCKER_HOST}, Docker Desktop, no read access).
 *
 * <p>The image is {@code host}, an image reference, or a Dockerfile in the tree; see {@link
 * #open(SandboxSettings, DockerEngine)}. Opening a sandbox removes the containers that earlier
 * sandboxes on this host left behind when their process died. {@link #close()} kills and removes
 * what this one still runs; it is idempotent, thread-safe, and fit for a shutdown hook. Several
 * threads may run commands at once.
 */
public final class DockerSandbox implements Sandbox {

  /** The label on every container and image this module makes. */
  public static final String LABEL = "dev.kaizen.sandbox";

  private static final Logger LOG = LoggerFactory.getLogger(DockerSandbox.class);

  private final DockerClient docker;
  private final ImageResolver images;
  private final ContainerUser user;
  private final Optional<HostMount> mavenRepository;
  private final ContainerMemory memory;
  private final Map<String, String> labels;
  private final Set<String> running = ConcurrentHashMap.newKeySet();
  private final AtomicBoolean closed = new AtomicBoolean();

  private DockerSandbox(
      DockerClient docker,
      ImageResolver images,
      ContainerUser user,
      Optional<HostMount> mavenRepository,
      Owner owner) {
    this.docker = docker;
    this.images = images;
    this.user = user;
    this.mavenRepository = mavenRepository;
    this.memory = new ContainerMemory(docker);
    var labels = new HashMap<>(owner.labels());
    labels.put(LABEL, "true");
    this.labels = Map.copyOf(labels);
  }

  /**
   * A sandbox on the engine named by the environment ({@code DOCKER_HOST}, or the local socket).
   */
  public static DockerSandbox open(SandboxSettings settings) {
    return open(settings, DockerEngine.fromEnvironment());
  }

  /**
   * A sandbox on {@code engine}, with {@code settings}' image and Maven repository.
   *
   * <p>The image is {@code host} (built here once, see {@link HostImage}); a Dockerfile path inside
   * the tree (built for each tree whose build context changed, see {@link DockerfileImage}); or an
   * image reference, used when the engine has it and pulled otherwise, for at most {@link
   * RegistryImage#PULL_TIMEOUT}.
   *
   * @throws dev.kaizen.sandbox.SandboxUnavailableException when the engine does not answer
   * @throws SandboxConfigurationException when the image is neither local nor pullable, or the
   *     Dockerfile path leaves the tree
   * @throws SandboxException when the host image cannot be built or the Maven repository cannot be
   *     offered
   */
  public static DockerSandbox open(SandboxSettings settings, DockerEngine engine) {
    Objects.requireNonNull(settings, "settings");
    engine.ping(DockerEngine.PROBE_TIMEOUT);
    DockerClient docker = engine.connect();
    try {
      Owner owner = Owner.current();
      removeContainersOfDeadOwners(docker, owner.host());
      ContainerUser user = ContainerUser.forThisProcess();
      ImageResolver images = images(docker, settings.image(), RegistryImage.PULL_TIMEOUT);
      Optional<HostMount> repository =
          settings.mavenRepository().map(repo -> mavenRepository(repo, settings, user));
      return new DockerSandbox(docker, images, user, repository, owner);
    } catch (RuntimeException e) {
      closeQuietly(docker);
      if (e instanceof SandboxException) throw e;
      throw new SandboxException("cannot prepare the Docker sandbox: " + e.getMessage(), e);
    }
  }

  @Override
  public ExecResult exec(Command command, Path tree, Limits limits) {
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(tree, "tree");
    Objects.requireNonNull(limits, "limits");
    if (closed.get()) throw new SandboxException("the sandbox is closed");
    Path workspace = tree.toAbsolutePath().normalize();
    if (!Files.isDirectory(workspace)) {
      throw new IllegalArgumentException("not a directory: " + tree);
    }
    Optional<Path> results = command.resultsOutside(workspace);
    ContainerImage image = images.resolve(workspace, limits);
    user.claim(workspace);
    results.ifPresent(user::claim);
    var mounts = new ArrayList<>(image.mounts());
    mavenRepository.ifPresent(mounts::add);
    mounts.add(new HostMount(workspace, ContainerPolicy.WORKSPACE, false));
    results.ifPresent(r -> mounts.add(new HostMount(r, ContainerPolicy.RESULTS, false)));
    var create =
        docker
            .createContainerCmd(image.reference())
            .withEntrypoint(command.argv())
            .withCmd(List.of())
            .withEnv(environment(command, image))
            .withUser(user.spec())
            .withWorkingDir(ContainerPolicy.WORKSPACE)
            .withLabels(labels)
            .withNetworkDisabled(true)
            .withHostConfig(ContainerPolicy.hostConfig(limits, mounts));
    try {
      return new ContainerRun(docker, memory, running, closed::get).run(create, limits);
    } catch (SandboxException e) {
      throw e;
    } catch (RuntimeException e) {
      if (closed.get()) {
        throw new SandboxException("the sandbox was closed while the command ran", e);
      }
      throw new SandboxException(
          "Docker failed to run '" + command.display() + "': " + e.getMessage(), e);
    }
  }

  /** Exactly the toolchain's variables and the command's own; nothing from the host. */
  List<String> environment(Command command, ContainerImage image) {
    var env = new LinkedHashMap<String, String>(image.environment());
    env.put("HOME", ContainerPolicy.TMP);
    if (mavenRepository.isPresent()) {
      env.put("MAVEN_OPTS", "-Dmaven.repo.local=" + ContainerPolicy.MAVEN_REPOSITORY);
    }
    env.putAll(command.environment());
    if (command.results().isPresent()) env.put(Command.RESULTS_VARIABLE, ContainerPolicy.RESULTS);
    return env.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList();
  }

  @Override
  public String backend() {
    return DockerBackend.NAME;
  }

  /** Full isolation, memory, pids and CPU limits, and GPUs as requested. */
  @Override
  public Capabilities capabilities() {
    return DockerBackend.CAPABILITIES;
  }

  @Override
  public List<String> weaknesses() {
    return images.weaknesses();
  }

  /** Containers contain every {@link Attack}; a killed Kaizen's are removed by the next sandbox. */
  @Override
  public Set<Attack> uncontained() {
    return EnumSet.noneOf(Attack.class);
  }

  /**
   * The image commands run in: the reference of the host image or of the configured image, or the
   * configured Dockerfile path, whose image depends on the tree.
   */
  public String image() {
    return images.describe();
  }

  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) return;
    for (String id : Set.copyOf(running)) {
      try {
        docker.removeContainerCmd(id).withForce(true).withRemoveVolumes(true).exec();
      } catch (NotFoundException | ConflictException goneOrGoing) {
        // its own run finished and is removing it
      } catch (RuntimeException e) {
        LOG.warn("could not remove container {}; the next sandbox on this host removes it", id, e);
      }
    }
    closeQuietly(docker);
  }

  static ImageResolver images(DockerClient docker, String image, Duration pullTimeout) {
    ImageSource source = ImageSource.parse(image);
    if (source instanceof ImageSource.Dockerfile file) {
      return new DockerfileImage(docker, file.path());
    }
    if (source instanceof ImageSource.Reference ref) {
      return ImageResolver.fixed(RegistryImage.prepare(docker, ref.reference(), pullTimeout));
    }
    return ImageResolver.fixed(HostImage.prepare(docker, HostToolchain.ofThisJvm()));
  }

  /** The repository itself, or, for a user who cannot read it, a readable view of it. */
  private static HostMount mavenRepository(
      Path repository, SandboxSettings settings, ContainerUser user) {
    if (!Files.isDirectory(repository)) {
      throw new SandboxException("the Maven repository " + repository + " is not a directory");
    }
    Path source = repository.toAbsolutePath().normalize();
    if (user.needsReadableView()) {
      source = settings.stateDirectory().toAbsolutePath().normalize().resolve("m2");
      var stats = MavenRepositoryView.sync(repository, source);
      LOG.debug("Maven repository view {}: {}", source, stats);
    }
    return new HostMount(source, ContainerPolicy.MAVEN_REPOSITORY, true);
  }

  /** Removes the labelled containers whose owning process on this host has died. */
  static void removeContainersOfDeadOwners(DockerClient docker, String host) {
    List<Container> labelled =
        docker.listContainersCmd().withShowAll(true).withLabelFilter(Map.of(LABEL, "true")).exec();
    for (Container container : labelled) {
      boolean dead =
          Owner.fromLabels(container.getLabels()).map(o -> o.isDeadOn(host)).orElse(false);
      if (!dead) continue;
      try {
        docker.removeContainerCmd(container.getId()).withForce(true).withRemoveVolumes(true).exec();
        LOG.info("removed container {} left behind by a process that died", container.getId());
      } catch (NotFoundException | ConflictException goneOrGoing) {
        // another sandbox opening at the same time removed it first
      }
    }
  }

  private static void closeQuietly(DockerClient docker) {
    try {
      docker.close();
    } catch (IOException | RuntimeException e) {
      LOG.debug("closing the Docker client failed", e);
    }
  }
}
