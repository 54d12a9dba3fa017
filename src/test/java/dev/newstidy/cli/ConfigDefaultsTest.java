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

  @Test
  void aMisspelledKeyIsAnErrorThatNamesTheFileAndLine() throws IOException {
    Path dump = Files.writeString(temp.resolve("d.txt"), "# 题\n\n完整的正文。\n");
    Path config = Files.writeString(temp.resolve("c.properties"), "# defaults\nmin-repeat-chars=30\nclean.formt=txt\n");

    CliRun run = CliRun.of("clean", "--config", config.toString(), "-o", "-", dump.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("error: " + config + ":3: unknown option 'clean.formt'; ");
  }

  @Test
  void aKeyOfAnotherCommandIsUnknownForThatPrefix() throws IOException {
    // Look-alike: fail-on is an option of check, not of stats.
    Path dump = Files.writeString(temp.resolve("d.txt"), "# 题\n\n完整的正文。\n");
    Path good = Files.writeString(temp.resolve("good.properties"), "check.fail-on=truncated\nfail-on=untitled\n");
    Path bad = Files.writeString(temp.resolve("bad.properties"), "stats.fail-on=truncated\n");

    assertThat(CliRun.of("stats", "-q", "--config", good.toString(), dump.toString()).exitCode()).isZero();
    CliRun run = CliRun.of("stats", "--config", bad.toString(), dump.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("error: " + bad + ":1: unknown option 'stats.fail-on'");
  }

  @Test
  void aBadValueNamesTheFileAndLineItCameFrom() throws IOException {
    Path dump = Files.writeString(temp.resolve("d.txt"), "# 题\n\n完整的正文。\n");
    Path config = Files.writeString(temp.resolve("c.properties"), "output=" + temp.resolve("o") + "\nformat=xml\n");

    CliRun fromFile = CliRun.of("clean", "--config", config.toString(), dump.toString());
    CliRun onTheLine = CliRun.of("clean", "--format", "xml", dump.toString());

    assertThat(fromFile.exitCode()).isEqualTo(2);
    assertThat(fromFile.out()).isEmpty();
    assertThat(fromFile.err()).startsWith("error: " + config + ":2: Invalid value for option '--format': expected one of md, txt, json but was 'xml'\n");
    assertThat(onTheLine.err()).startsWith("error: Invalid value for option '--format': expected one of md, txt, json but was 'xml'\n");
  }
}
