package dev.kaizen.agent.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.kaizen.agent.testing.LedgerFixture;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report as a browser shows it: headless Chromium takes a screenshot of the fixture's page, and
 * the picture must hold the charts, drawn in the page's colours (which also proves the content
 * security policy let the page's own style through). Needs {@code chromium} (Debian's package;
 * {@code .ci/run} installs it). With {@code CI} set a missing or failing Chromium fails the test;
 * elsewhere the test is skipped, saying why. The page and the screenshot are kept under {@code
 * target/chromium/} to look at.
 */
@Tag("chromium")
class ReportScreenshotTest {

  static final int WIDTH = 1280;
  static final int HEIGHT = 2000;
  private static final int GRID = 0xeaeef2;
  private static final int ACCEPTED = 0x1a7f37;
  private static final int REJECTED = 0xcf222e;
  private static final int INCONCLUSIVE = 0x9a6700;

  @TempDir Path tmp;

  @Test
  void chromium_shows_the_charts_in_the_page_colours() throws Exception {
    Path chromium = chromium();
    Path page = tmp.resolve("report.html");
    Files.writeString(
        page,
        ReportPageTest.render(LedgerFixture.writeReport(tmp.resolve("workspace"))),
        StandardCharsets.UTF_8);
    Path png = tmp.resolve("report.png");

    screenshot(chromium, page, png);
    keep(page, png);

    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image).as("a PNG Java can read").isNotNull();
    assertThat(image.getWidth()).isEqualTo(WIDTH);
    assertThat(image.getHeight()).isEqualTo(HEIGHT);
    assertThat(distinctColours(image, 0, 0, WIDTH, HEIGHT))
        .as("colours in the whole screenshot")
        .isGreaterThan(200);
    assertThat(share(image, 0, 0, WIDTH, HEIGHT, c -> c != 0xffffff))
        .as("share of pixels that are not white")
        .isGreaterThan(0.03);
    assertThat(count(image, 0, 0, WIDTH, HEIGHT, c -> near(c, REJECTED, 6)))
        .as("red of rejected badges and bars")
        .isGreaterThan(50);

    int[] chart = firstChart(image);
    int x0 = chart[0];
    int y0 = chart[1];
    int x1 = chart[2];
    int y1 = chart[3];
    assertThat(x1 - x0).as("width of the effect chart's grid").isGreaterThan(600);
    assertThat(share(image, x0, y0, x1, y1, c -> c != 0xffffff))
        .as("the chart area is not blank")
        .isGreaterThan(0.02);
    assertThat(count(image, x0, y0, x1, y1, c -> near(c, ACCEPTED, 6)))
        .as("accepted points and intervals in the chart")
        .isGreaterThan(80);
    assertThat(count(image, x0, y0, x1, y1, c -> near(c, INCONCLUSIVE, 6)))
        .as("the inconclusive point and interval")
        .isGreaterThan(30);
  }

  /**
   * The box of the first chart: from the first row of grid-line pixels down to the last grid row
   * below it.
   */
  private static int[] firstChart(BufferedImage image) {
    int top = -1;
    int bottom = -1;
    int left = WIDTH;
    int right = 0;
    for (int y = 0; y < HEIGHT; y++) {
      int first = -1;
      int last = -1;
      for (int x = 0; x < WIDTH; x++) {
        if ((image.getRGB(x, y) & 0xffffff) == GRID) {
          if (first < 0) first = x;
          last = x;
        }
      }
      boolean gridRow = last - first > 400;
      if (gridRow && top < 0) top = y;
      if (gridRow && top >= 0 && y - top < 360) {
        bottom = y;
        left = Math.min(left, first);
        right = Math.max(right, last);
      }
    }
    if (top < 0)
      fail(
          "no chart grid (colour #eaeef2) anywhere in the screenshot: the SVG or its style did not render");
    return new int[] {left, top, right, bottom + 1};
  }

  private static Path chromium() {
    Optional<Path> found = findChromium();
    if (found.isPresent()) return found.get();
    unavailable("chromium is not installed (apt-get install chromium; .ci/run installs it)");
    throw new AssertionError("unreachable");
  }

  private static Optional<Path> findChromium() {
    var candidates = new ArrayList<Path>();
    String path = System.getenv("PATH");
    if (path != null) {
      for (String dir : path.split(File.pathSeparator)) {
        for (String name : List.of("chromium", "chromium-browser"))
          candidates.add(Path.of(dir, name));
      }
    }
    candidates.add(Path.of("/usr/bin/chromium"));
    return candidates.stream().filter(Files::isExecutable).findFirst();
  }

  private void screenshot(Path chromium, Path page, Path png) throws Exception {
    Path profile = Files.createDirectories(tmp.resolve("profile"));
    var pb =
        new ProcessBuilder(
            chromium.toString(),
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
            "--force-device-scale-factor=1",
            "--no-first-run",
            "--disable-extensions",
            "--disable-dev-shm-usage",
            "--user-data-dir=" + profile,
            "--screenshot=" + png,
            "--window-size=" + WIDTH + "," + HEIGHT,
            page.toUri().toString());
    pb.environment().put("HOME", profile.toString());
    pb.redirectErrorStream(true);
    Path log = tmp.resolve("chromium.log");
    pb.redirectOutput(log.toFile());
    Process p = pb.start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
      unavailable("chromium took more than two minutes for one screenshot:\n" + tail(log));
    }
    if (p.exitValue() != 0 || !Files.isRegularFile(png)) {
      unavailable(
          "chromium exited with "
              + p.exitValue()
              + " and "
              + (Files.isRegularFile(png) ? "a" : "no")
              + " screenshot:\n"
              + tail(log));
    }
  }

  /** Fails with CI set (these tests never skip there), else skips saying why. */
  private static void unavailable(String why) {
    String ci = System.getenv("CI");
    if (ci != null && !ci.isBlank()) fail(why + " (CI is set: this test does not skip)");
    Assumptions.abort(why);
  }

  private static void keep(Path page, Path png) {
    try {
      Path dir = Files.createDirectories(Path.of("target", "chromium"));
      Files.copy(page, dir.resolve("report.html"), StandardCopyOption.REPLACE_EXISTING);
      Files.copy(png, dir.resolve("report.png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (Exception e) {
      // only a convenience
    }
  }

  private static String tail(Path log) {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    } catch (Exception e) {
      return "(no output)";
    }
  }

  private interface ColourTest {
    boolean test(int rgb);
  }

  private static int distinctColours(BufferedImage image, int x0, int y0, int x1, int y1) {
    var seen = new HashSet<Integer>();
    for (int y = y0; y < y1; y++)
      for (int x = x0; x < x1; x++) seen.add(image.getRGB(x, y) & 0xffffff);
    return seen.size();
  }

  private static int count(BufferedImage image, int x0, int y0, int x1, int y1, ColourTest test) {
    int n = 0;
    for (int y = y0; y < y1; y++)
      for (int x = x0; x < x1; x++) if (test.test(image.getRGB(x, y) & 0xffffff)) n++;
    return n;
  }

  private static double share(
      BufferedImage image, int x0, int y0, int x1, int y1, ColourTest test) {
    return (double) count(image, x0, y0, x1, y1, test) / ((long) (x1 - x0) * (y1 - y0));
  }

  private static boolean near(int rgb, int target, int tolerance) {
    for (int shift = 0; shift <= 16; shift += 8) {
      if (Math.abs((rgb >> shift & 0xff) - (target >> shift & 0xff)) > tolerance) return false;
    }
    return true;
  }
}
