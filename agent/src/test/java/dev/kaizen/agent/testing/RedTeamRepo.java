package dev.kaizen.agent.testing;

import java.nio.file.Path;

/**
 * The {@link SlowReportRepo} for the red-team suite: tests, a command eval whose workload is a
 * class of its own, and a gate that measures only a few pairs. No attack of the suite may be
 * accepted; those that reach the gate are built so that a failed defence shows as another reason (a
 * canary that fires, a report that does not parse), so a few pairs are enough.
 */
public final class RedTeamRepo {

  /** The gate's pairs: the fewest that still measure a carry-over between a candidate's runs. */
  public static final String KAIZEN_YML =
      SlowReportRepo.KAIZEN_YML.replace("pairs: {min: 8, max: 12}", "pairs: {min: 4, max: 4}");

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
