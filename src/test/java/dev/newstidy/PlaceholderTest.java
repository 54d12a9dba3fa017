package dev.newstidy;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
class PlaceholderTest { @Test void builds() { assertThat(dev.newstidy.text.Punctuation.endsSentence("a.")).isTrue(); } }
