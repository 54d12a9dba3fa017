package dev.newstidy.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import dev.newstidy.model.Article;
import dev.newstidy.model.InputStats;
import dev.newstidy.model.Origin;
import dev.newstidy.model.Part;
import dev.newstidy.model.SourceSpan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReviewSinkTest {
  /** Every script element of a page: {@code <script>…</script>}. */
  private static final Pattern SCRIPT_OPEN = Pattern.compile("<script");

  private static final String HOSTILE = "</script><script>alert(1)</script><!--\u2028";

  @TempDir Path temp;

  private static Article article(String title, String text) {
    return Article.of(title, SourceSpan.of("a<b>.txt", 1, 3), ImmutableList.of(Part.paragraph(text, SourceSpan.of("a<b>.txt", 3, 3))));
  }

  private Path page(String title, String text) throws IOException {
    Path page = temp.resolve("review.html");
    HtmlReviewSink sink = HtmlReviewSink.open(page);
    Article a = article(title, text);
    sink.write(1, a, Origin.UTF8);
    sink.close();
    RunSummary summary = new RunSummary();
    summary.count(new InputStats("a<b>.txt", 120, 0, 0, "none", "UTF-8", false));
    summary.count(a);
    sink.writePage(summary);
    return page;
  }

  @Test
  void noTextCanOpenOrCloseAScriptElement() throws IOException {
    String html = Files.readString(page(HOSTILE, "Text " + HOSTILE));

    // The template's two scripts, the data island and the code, and no other.
    Matcher scripts = SCRIPT_OPEN.matcher(html);
    assertThat(scripts.results().count()).isEqualTo(2);
    assertThat(html.split("</script>", -1)).hasSize(3);
    assertThat(html).contains("\\u003C/script\\u003E\\u003Cscript\\u003Ealert(1)");
    assertThat(html).doesNotContain("\u2028").contains("\\u2028");
    assertThat(html).contains("<td class=\"path\">a&lt;b&gt;.txt</td>");
  }

  @Test
  void theScriptAndStyleRunOnlyByTheHashesThePageNames() throws IOException {
    String html = Files.readString(page("Ferry Returns", "The ferry ran again."));

    String script = html.substring(html.lastIndexOf("<script>") + 8, html.lastIndexOf("</script>"));
    assertThat(html).contains("script-src 'sha256-" + ReviewPage.sha256(script) + "'");
    assertThat(html).contains("default-src 'none'");
  }

  @Test
  void theSamePageComesOfTheSameRunAndNoSpoolIsLeft() throws IOException {
    String first = Files.readString(page("Ferry Returns", "The ferry ran again."));
    String second = Files.readString(page("Ferry Returns", "The ferry ran again."));

    assertThat(second).isEqualTo(first);
    try (var files = Files.list(temp)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("review.html");
    }
  }

  @Test
  void anAbortedRunLeavesNeitherPageNorSpool() throws IOException {
    HtmlReviewSink sink = HtmlReviewSink.open(temp.resolve("review.html"));
    sink.write(1, article("Ferry Returns", "The ferry ran again."), Origin.UTF8);

    sink.abort();

    try (var files = Files.list(temp)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void aFolderOrAMissingFolderIsRefusedBeforeTheRun() {
    assertThatThrownBy(() -> HtmlReviewSink.open(temp))
        .isInstanceOf(OutputException.class)
        .hasMessageContaining("is a folder");
    assertThatThrownBy(() -> HtmlReviewSink.open(temp.resolve("nowhere/review.html")))
        .isInstanceOf(OutputException.class)
        .hasMessageContaining("no such folder");
  }
}
