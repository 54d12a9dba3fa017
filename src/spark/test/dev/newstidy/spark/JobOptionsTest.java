package dev.newstidy.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newstidy.config.DedupSettings;
import dev.newstidy.config.RepairSettings;
import dev.newstidy.output.FileNamer;
import dev.newstidy.output.OutputFormat;
import org.junit.jupiter.api.Test;

class JobOptionsTest {
  @Test
  void readsInputsOutputAndTheCliOptions() {
    JobOptions o = JobOptions.parse("clean", "a.txt", "hdfs:///news", "--near", "paragraph", "--output", "out");
    assertThat(o.inputs()).containsExactly("a.txt", "hdfs:///news");
    assertThat(o.output()).isEqualTo("out");
    assertThat(o.dedupSettings().near()).isEqualTo(DedupSettings.NearMode.PARAGRAPH);
    assertThat(o.repairs()).isEqualTo(RepairSettings.defaults());
  }

  @Test
  void writesJsonLinesUnlessParquetIsAsked() {
    assertThat(JobOptions.parse("clean", "a.txt", "--output", "o").kind()).isEqualTo(JobOptions.OutputKind.JSONL);
    assertThat(JobOptions.parse("clean", "a.txt", "--output", "o", "--output-format", "Parquet").kind())
        .isEqualTo(JobOptions.OutputKind.PARQUET);
    // The CLI's --format (md, json files) is not the job's --output-format.
    assertThatThrownBy(() -> JobOptions.parse("clean", "a.txt", "--output", "o", "--output-format", "md"))
        .hasMessage("--output-format: unknown value 'md'");
    assertThatThrownBy(() -> JobOptions.parse("clean", "a.txt", "--output", "o", "--format", "json"))
        .hasMessageContaining("add --output-format files");
  }

  @Test
  void writesPerArticleFilesWithTheCliFileOptions() {
    JobOptions md = JobOptions.parse("clean", "a.txt", "--output", "o", "--output-format", "files");
    assertThat(md.kind()).isEqualTo(JobOptions.OutputKind.FILES);
    assertThat(md.fileFormat()).isEqualTo(OutputFormat.MD);
    assertThat(md.nameTemplate()).isEqualTo(FileNamer.DEFAULT_TEMPLATE);
    assertThat(md.fanout()).isZero();
    JobOptions txt = JobOptions.parse("clean", "a.txt", "--output", "o", "--output-format", "files", "--format", "txt",
        "--name-template", "${source}-${id}.txt", "--fanout", "500");
    assertThat(txt.fileFormat()).isEqualTo(OutputFormat.TXT);
    // The CLI's check: a template that ends in the format's extension does not get it twice.
    assertThat(txt.nameTemplate()).isEqualTo("${source}-${id}");
    assertThat(txt.fanout()).isEqualTo(500);
  }

  @Test
  void refusesFileOptionsThatCannotHoldOnACluster() {
    // Without ${id} two articles can share a name, which only a writer of one file at a time can settle.
    assertThatThrownBy(() -> JobOptions.parse("clean", "a.txt", "--output", "o", "--output-format", "files",
        "--name-template", "${slug}"))
        .hasMessageContaining("must hold ${id}");
    assertThatThrownBy(() -> JobOptions.parse("clean", "a.txt", "--output", "o", "--output-format", "files",
        "--name-template", "${title}-${id}"))
        .hasMessageContaining("title");
    assertThatThrownBy(() -> JobOptions.parse("clean", "a.txt", "--output", "o", "--output-format", "files",
        "--fanout", "-1"))
        .hasMessageContaining("--fanout must be between 0 and 100000000");
    assertThatThrownBy(() -> JobOptions.parse("clean", "a.txt", "--output", "o", "--fanout", "10"))
        .hasMessageContaining("add --output-format files");
  }

  @Test
  void refusesWhatACLusterCannotDo() {
    assertThatThrownBy(() -> JobOptions.parse("clean", "a.txt", "--output", "-"))
        .hasMessageContaining("--output needs a folder URI");
    assertThatThrownBy(() -> JobOptions.parse("clean", "a.txt", "--near", "article", "--output", "o"))
        .hasMessageContaining("--near must be off or paragraph");
    assertThatThrownBy(() -> JobOptions.parse("clean", "a.txt", "--index", "x", "--output", "o"))
        .hasMessage("unknown option '--index'");
    assertThatThrownBy(() -> JobOptions.parse("stats", "a.txt")).hasMessageContaining("clean");
    assertThatThrownBy(() -> JobOptions.parse("clean", "--output", "o")).hasMessage("no input given");
  }

  @Test
  void splitsLargeTextDumpsAt128MiBUnlessTold() {
    assertThat(JobOptions.parse("clean", "a.txt", "--output", "o").splitBytes()).isEqualTo(128L << 20);
    assertThat(JobOptions.parse("clean", "a.txt", "--split-bytes", "4000000", "--output", "o").splitBytes())
        .isEqualTo(4_000_000);
    assertThatThrownBy(() -> JobOptions.parse("clean", "a.txt", "--split-bytes", "0", "--output", "o"))
        .hasMessageContaining("--split-bytes must be 1 or more");
  }
}
