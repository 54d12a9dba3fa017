package dev.newstidy.stage.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newstidy.model.SourceSpan;
import org.junit.jupiter.api.Test;

class LocationCodecTest {
  private final LocationCodec codec = new LocationCodec();

  @Test
  void aLineOfPlainTextComesBackWhole() {
    SourceSpan back = codec.unpack(codec.pack(SourceSpan.of("a.txt", 70000, 70003)));

    assertThat(back).isEqualTo(SourceSpan.of("a.txt", 70000, 70000));
  }

  @Test
  void aPageLineComesBackWithItsRecord() {
    SourceSpan back = codec.unpack(codec.pack(new SourceSpan("pages.jsonl", 3, 12, 12)));

    assertThat(back).isEqualTo(new SourceSpan("pages.jsonl", 3, 12, 12));
  }

  @Test
  void aPageLinePastSixteenBitsIsClamped() {
    SourceSpan back = codec.unpack(codec.pack(new SourceSpan("pages.jsonl", 3, 70000, 70000)));

    assertThat(back).isEqualTo(new SourceSpan("pages.jsonl", 3, 65535, 65535));
  }

  @Test
  void pathsAreNumberedInTheOrderTheyAreFirstSeen() {
    codec.pack(SourceSpan.of("b.txt", 1, 1));
    codec.pack(SourceSpan.of("a.txt", 1, 1));
    codec.pack(SourceSpan.of("b.txt", 2, 2));

    assertThat(codec.paths()).containsExactly("b.txt", "a.txt");
  }
}
