package dev.kaizen.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaizen.agent.index.CodeIndex;
import dev.kaizen.agent.index.SourceFile;
import dev.kaizen.agent.index.TypeInfo;
import dev.kaizen.agent.index.TypeKind;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexBenchmarkTest {

  private record Output(int code, String out, String err) {

    List<String> lines() {
      return out.lines().toList();
    }
  }

  private static Output run(String... args) {
    var out = new ByteArrayOutputStream();
    var err = new ByteArrayOutputStream();
    int code =
        IndexBenchmark.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Output(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void the_corpus_is_the_same_wherever_and_whenever_it_is_generated(
      @TempDir Path one, @TempDir Path other) {
    List<IndexCorpus.JavaFile> first = IndexCorpus.files();
    IndexCorpus.write(first, one);
    IndexCorpus.write(IndexCorpus.files(), other);

    CodeIndex a = CodeIndex.build(one);
    CodeIndex b = CodeIndex.build(other);

    assertThat(IndexCorpus.files()).isEqualTo(first);
    assertThat(a.files()).hasSize(IndexCorpus.MAIN_FILES + IndexCorpus.TEST_FILES);
    assertThat(b.files().stream().map(SourceFile::path).toList())
        .isEqualTo(a.files().stream().map(SourceFile::path).toList());
    assertThat(b.renderMap(4096, Optional.empty())).isEqualTo(a.renderMap(4096, Optional.empty()));
  }

  @Test
  void the_corpus_is_shaped_like_real_code_and_every_file_parses(@TempDir Path dir) {
    List<IndexCorpus.JavaFile> corpus = IndexCorpus.files();
    IndexCorpus.write(corpus, dir);

    CodeIndex index = CodeIndex.build(dir);

    long bytes = corpus.stream().mapToLong(f -> f.text().length()).sum();
    assertThat(bytes)
        .as("about the size of Kaizen's agent sources")
        .isBetween(700_000L, 1_300_000L);
    assertThat(index.files()).allMatch(SourceFile::parsed);
    assertThat(index.files().stream().filter(SourceFile::test)).hasSize(IndexCorpus.TEST_FILES);
    assertThat(index.types()).hasSize(IndexCorpus.typeCount(corpus));
    assertThat(index.types().stream().map(TypeInfo::kind).distinct())
        .contains(TypeKind.CLASS, TypeKind.RECORD, TypeKind.INTERFACE, TypeKind.ENUM);
    assertThat(index.types().stream().map(TypeInfo::packageName).distinct().count())
        .as("packages")
        .isGreaterThan(20);
    assertThat(index.types().stream().filter(t -> t.summary().isPresent()).count())
        .as("types with Javadoc")
        .isGreaterThan(IndexCorpus.MAIN_FILES - 1);
  }

  @Test
  void the_benchmark_indexes_the_generated_corpus_not_the_folder_it_runs_in() {
    Output output = run("1");

    assertThat(output.code()).as(output.err()).isZero();
    assertThat(output.lines().get(0))
        .startsWith(
            "indexed "
                + (IndexCorpus.MAIN_FILES + IndexCorpus.TEST_FILES)
                + " files of the generated corpus "
                + IndexCorpus.digest(IndexCorpus.files())
                + " 1 times");
    assertThat(output.lines().get(output.lines().size() - 1))
        .as("the metric line comes last, with the run's nonce")
        .matches("\\{\"nonce\": \"[^\"]*\", \"ms_per_index\": [0-9]+\\.[0-9]{3}}");
  }

  @Test
  void a_folder_to_index_is_refused_with_the_usage() {
    Output old = run(".", "3");

    assertThat(old.code()).isEqualTo(2);
    assertThat(old.err()).contains("usage: IndexBenchmark [RUNS]");
    assertThat(old.out()).isEmpty();
  }
}
