package dev.newstidy.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newstidy.config.DedupSettings;
import java.nio.charset.Charset;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class OptionValueConvertersTest {
  @Test
  void enumValuesAreReadInAnyCaseAndListedInLowerCase() {
    assertThat(OptionValueConverters.enumValue(DedupSettings.NearMode.class, "Paragraph")).isEqualTo(DedupSettings.NearMode.PARAGRAPH);
    assertThatThrownBy(() -> OptionValueConverters.enumValue(DedupSettings.NearMode.class, "para"))
        .isInstanceOf(CommandLine.TypeConversionException.class)
        .hasMessage("expected one of off, paragraph, article but was 'para'");
  }

  @Test
  void anUnknownCharsetIsNamedWithoutJavaInternals() {
    assertThat(OptionValueConverters.charset("gb18030")).isEqualTo(Charset.forName("GB18030"));
    assertThatThrownBy(() -> OptionValueConverters.charset("NOPE"))
        .isInstanceOf(CommandLine.TypeConversionException.class)
        .hasMessageStartingWith("unknown charset 'NOPE'; ")
        .hasMessageNotContaining("java.");
  }

  @Test
  void theCommandLineSaysWhatIsWrongInTheUsersWords() {
    CliRun encoding = CliRun.of("clean", "--encoding", "NOPE", "x.txt");
    CliRun near = CliRun.of("clean", "--near", "PARA", "x.txt");

    assertThat(encoding.exitCode()).isEqualTo(2);
    assertThat(encoding.out()).isEmpty();
    assertThat(encoding.err()).startsWith("error: Invalid value for option '--encoding': unknown charset 'NOPE'; ").doesNotContain("java.");
    assertThat(near.exitCode()).isEqualTo(2);
    assertThat(near.err()).startsWith("error: Invalid value for option '--near': expected one of off, paragraph, article but was 'PARA'\n");
  }
}
