package dev.kaizen.agent.patch;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads and applies whole-method answers, the easiest format for weaker models: fenced Java methods
 * (or constructors), each replacing the method of the same name and parameter types in the file
 * named on the line above the fence, or else in the caller's target file. The rest of the file
 * keeps its formatting byte for byte.
 */
public final class WholeMethods {

  private WholeMethods() {}

  /**
   * The Java code blocks of an answer with the file each is for, and a problem for each that has
   * none.
   */
  public static Parsed<MethodBlock> tryParse(String answer, ApplyOptions options) {
    List<String> lines = AnswerLines.of(answer);
    var blocks = new ArrayList<MethodBlock>();
    var problems = new ArrayList<AnswerProblem>();
    int floor = 0;
    for (Fences.Fence fence : Fences.javaBlocks(lines)) {
      int line = fence.line() + 1;
      Optional<String> named = PathLines.above(lines, fence.line(), floor);
      floor = fence.line() + fence.body().size() + 2;
      if (fence.body().stream().allMatch(String::isBlank)) continue;
      if (!fence.closed()) {
        problems.add(new AnswerProblem(line, "unterminated code block: no closing ``` after it"));
        continue;
      }
      Optional<String> path = named.map(p -> resolve(p, options)).or(options::targetFile);
      if (path.isEmpty()) {
        problems.add(
            new AnswerProblem(
                line,
                "code block without a file path; put the file's path on the line above its opening fence"));
      } else if (FileEdit.pathProblem(path.get()).isPresent()) {
        problems.add(new AnswerProblem(line, FileEdit.pathProblem(path.get()).get()));
      } else {
        blocks.add(new MethodBlock(path.get(), String.join("\n", fence.body()), line));
      }
    }
    return new Parsed<>(blocks, problems);
  }

  /** Replaces the methods, or says why each one that cannot be replaced fails. */
  public static PatchResult tryApply(
      List<MethodBlock> blocks, FileTexts files, ApplyOptions options) {
    var working = new WorkingFiles(files);
    var failures = new ArrayList<BlockFailure>();
    for (int i = 0; i < blocks.size(); i++) {
      MethodBlock block = blocks.get(i);
      int index = i + 1;
      MethodCode.Read read = MethodCode.read(block.code());
      read.problems().forEach(p -> failures.add(new BlockFailure(block.path(), index, p)));
      Optional<String> current = working.read(block.path());
      if (current.isEmpty()) {
        if (!read.methods().isEmpty())
          failures.add(new BlockFailure(block.path(), index, block.path() + " does not exist"));
        continue;
      }
      for (MethodCode.NewMethod method : read.methods()) {
        MethodSplicer.Replaced replaced =
            MethodSplicer.replace(block.path(), working.read(block.path()).orElseThrow(), method);
        if (replaced.text().isPresent()) {
          working.write(block.path(), replaced.text().get());
        } else {
          failures.add(new BlockFailure(block.path(), index, replaced.problem()));
        }
      }
    }
    return working.result(EditFormat.WHOLE_METHOD, blocks.size(), failures);
  }

  /** A bare file name the target file ends with means the target file. */
  private static String resolve(String path, ApplyOptions options) {
    return options
        .targetFile()
        .filter(t -> !path.contains("/") && t.endsWith("/" + path))
        .orElse(path);
  }
}
