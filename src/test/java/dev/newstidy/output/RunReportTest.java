package dev.newstidy.output;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunReportTest {
  @TempDir Path temp;

  @Test
  void aFailedReportIsNamedByItsOwnNameNeverByItsTemporary() throws IOException {
    // The temporary's name is taken by a folder, so writing it fails.
    Files.createDirectories(temp.resolve(".r.json.part"));
    Path report = temp.resolve("r.json");

    assertThatThrownBy(() -> RunReport.writeFile(report, new RunSummary(), 0.1))
        .isInstanceOf(OutputException.class)
        .hasMessage(report + ": cannot write the report: Is a directory");
  }
}
