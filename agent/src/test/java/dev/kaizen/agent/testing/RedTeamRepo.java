package dev.kaizen.agent.testing;

import java.nio.file.Path;

/**
 * The {@link SlowReportRepo} for the red-team suite: tests, a command eval whose workload is a
 * class of its own, and a gate that measures few pairs but can accept with them (one look at α =
 * 0.05 after 6 pairs, whose best p is 2^-6): an attack that beat its defence could be accepted. Its
 * τ is 20%: what a cheat that worked shows (a faked score, a precomputed answer) is far above it,
 * while an attack that changes nothing never reaches it by chance, however busy the machine (at τ =
 * 1% one did, on six lucky pairs). Attacks that reach the gate are also built so that a failed
 * defence shows as another reason (a canary that fires, a report that does not parse).
 */
public final class RedTeamRepo {

  /** The gate: few pairs, still enough to accept, and a gain only a working cheat shows. */
  public static final String KAIZEN_YML =
      SlowReportRepo.KAIZEN_YML.replace(
          "gate: {alpha: 0.01, min-effect: 0.01, pairs: {min: 8, max: 12}}",
          "gate: {alpha: 0.05, min-effect: 0.2, pairs: {min: 6, max: 6}}");

  private RedTeamRepo() {}

  /** Creates the repository with one commit on {@code main}. */
  public static GitFixture create(Path dir) {
    if (KAIZEN_YML.equals(SlowReportRepo.KAIZEN_YML))
      throw new IllegalStateException("the red-team fixture's gate settings did not take");
    GitFixture repo = GitFixture.init(dir);
    var files = SlowReportRepo.files();
    files.put("kaizen.yml", KAIZEN_YML);
    repo.writeAll(files).commitAll("A slow report, for the red team");
    return repo;
  }
}
