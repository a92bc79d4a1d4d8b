package dev.kaizen.agent.propose;

import java.util.Objects;

/**
 * A method where the target evals spend their time, measured by profiling the best tree.
 *
 * @param path the repository-relative file that declares it
 * @param method its type and signature, e.g. {@code demo.Report#render(List<String> rows)}
 * @param firstLine its first line in the file
 * @param lastLine its last line in the file
 * @param share the fraction of the profile's samples attributed to it (0 to 1)
 */
public record Hotspot(String path, String method, int firstLine, int lastLine, double share) {

  public Hotspot {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(method, "method");
    if (firstLine < 1 || lastLine < firstLine)
      throw new IllegalArgumentException("lines " + firstLine + "-" + lastLine);
    if (!(share >= 0 && share <= 1)) throw new IllegalArgumentException("share " + share);
  }
}
