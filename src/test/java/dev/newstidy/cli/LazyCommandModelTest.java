package dev.newstidy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * A run of one named command builds that command alone on the root; what the user sees must not
 * change: its help, its options and the root's own attributes are those of the full model.
 */
class LazyCommandModelTest {
  private static CommandLine full() {
    return Main.commandLine(InputStream.nullInputStream(), new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"clean", "check", "stats"})
  void aCommandBuiltAloneHasTheHelpAndOptionsOfTheFullModel(String name) {
    Class<?> only = Main.alone(new String[] {name, "x.txt"});
    CommandLine alone =
        Main.commandLine(InputStream.nullInputStream(), new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), only);

    assertThat(alone.getSubcommands()).containsOnlyKeys(name);
    assertThat(alone.getSubcommands().get(name).getUsageMessage())
        .isEqualTo(full().getSubcommands().get(name).getUsageMessage())
        .contains("newstidy " + name);
    assertThat(alone.getCommandName()).isEqualTo("newstidy");
  }

  @Test
  void theFullModelKeepsTheRootsAttributesFromItsSuperclass() {
    CommandLine full = full();

    assertThat(full.getCommandName()).isEqualTo("newstidy");
    assertThat(full.getSubcommands()).containsKeys("clean", "check", "stats", "completion", "help");
    assertThat(full.getUsageMessage()).contains("Exit codes:", "143", "Turns scraped newspaper dumps");
    assertThat(full.getCommandSpec().mixinStandardHelpOptions()).isTrue();
  }

  @Test
  void helpCompletionAMisspeltCommandOrNothingGetTheFullModel() {
    assertThat(Main.alone(new String[] {})).isNull();
    assertThat(Main.alone(new String[] {"help", "clean"})).isNull();
    assertThat(Main.alone(new String[] {"completion"})).isNull();
    assertThat(Main.alone(new String[] {"claen", "x.txt"})).isNull();
    assertThat(Main.alone(new String[] {"--help"})).isNull();
    assertThat(Main.alone(new String[] {"-q", "clean"})).isNull();
  }

  @Test
  void aMisspeltCommandStillGetsASuggestion() {
    CliRun run = CliRun.of("claen", "samples");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("clean");
  }
}
