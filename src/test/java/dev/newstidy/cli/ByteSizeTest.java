package dev.newstidy.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ByteSizeTest {
  @Test
  void readsBytesAndBinarySuffixes() {
    ByteSize size = new ByteSize();

    assertThat(size.convert("4096")).isEqualTo(4096L);
    assertThat(size.convert("512k")).isEqualTo(512L << 10);
    assertThat(size.convert("16M")).isEqualTo(16L << 20);
    assertThat(size.convert("64MiB")).isEqualTo(64L << 20);
    assertThat(size.convert("1G")).isEqualTo(1L << 30);
    assertThat(size.convert("2T")).isEqualTo(2L << 40);
  }

  @Test
  void refusesWhatIsNotASize() {
    ByteSize size = new ByteSize();

    assertThatThrownBy(() -> size.convert("-5")).isInstanceOf(CommandLine.TypeConversionException.class);
    assertThatThrownBy(() -> size.convert("16P")).isInstanceOf(CommandLine.TypeConversionException.class);
    assertThatThrownBy(() -> size.convert("M")).isInstanceOf(CommandLine.TypeConversionException.class);
  }
}
