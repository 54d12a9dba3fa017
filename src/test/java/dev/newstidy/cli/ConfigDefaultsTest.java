package dev.newstidy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigDefaultsTest {
  @TempDir Path temp;

  @Test
  void commandSpecificKeysWinOverGeneralOnes() throws IOException {
    Path dump = Files.writeString(temp.resolve("d.txt"), "# 题\n\n没有写完的正文,\n\n# 题二\n\n完整的正文。\n");
    Path config = Files.writeString(temp.resolve("c.properties"), "output=" + temp.resolve("out") + "\ncheck.fail-on=truncated\nfail-on=untitled\n");

    CliRun check = CliRun.of("check", "-q", "--config", config.toString(), dump.toString());
    CliRun clean = CliRun.of("clean", "-q", "--config", config.toString(), dump.toString());

    assertThat(check.exitCode()).isEqualTo(1);
    assertThat(check.out()).contains(": truncated: ");
    assertThat(clean.exitCode()).isZero();
    assertThat(temp.resolve("out/manifest.jsonl")).isRegularFile();
  }
}
