package dev.newstidy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newstidy.model.Flag;
import dev.newstidy.model.RemovalReason;
import dev.newstidy.testing.HeadlessChromium;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review page of {@code clean --html}, opened in a real headless Chromium (Debian's {@code
 * chromium}, which CI installs) and driven through the DevTools protocol: its counts are those of
 * {@code stats --json}, a filter narrows the list, a removed repeat leads to its first occurrence,
 * and a {@code <script>} headline stays text. When the browser cannot start the test fails; it
 * never skips. It saves a screenshot to {@code target/review.png}, and with {@code
 * -Dnewstidy.screenshot=true} also to {@code src/site/review.png}, the one the README shows.
 */
class ReviewPageBrowserTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path temp;

  @Test
  void theReviewOfTheSamplesShowsTheRunsCountsFiltersAndLinksInABrowser() throws Exception {
    Path page = temp.resolve("review.html");
    CliRun clean = CliRun.of("clean", "--quiet", "--output", temp.resolve("out").toString(), "--html", page.toString(), "samples");
    assertThat(clean.exitCode()).as(clean.err()).isZero();
    JsonNode stats = JSON.readTree(CliRun.of("stats", "--json", "--quiet", "samples").out());

    try (HeadlessChromium browser = HeadlessChromium.start(temp.resolve("profile"))) {
      browser.open(page);
      saveScreenshot(browser.screenshot(1200, 2000));

      JsonNode shown =
          browser.eval(
              "Object.fromEntries([...document.querySelectorAll('[data-count]')]"
                  + ".map(e => [e.dataset.count, Number(e.textContent)]))");
      assertThat(shown.get("articles").asLong()).isEqualTo(stats.get("articles").asLong());
      assertThat(shown.get("blocks").asLong()).isEqualTo(stats.get("blocks").asLong());
      assertThat(shown.get("joins").asLong()).isEqualTo(stats.get("joins").asLong());
      assertThat(shown.get("warnings").asLong()).isEqualTo(stats.get("warnings").asLong());
      assertThat(shown.get("repeated-stories").asLong()).isEqualTo(stats.get("repeated_stories").asLong());
      for (Flag flag : Flag.values()) {
        assertThat(shown.get("flag-" + flag.wireName()).asLong())
            .as(flag.wireName())
            .isEqualTo(stats.get("flags").get(flag.wireName()).asLong());
      }
      for (RemovalReason reason : RemovalReason.values()) {
        assertThat(shown.get("removed-" + reason.wireName()).asLong())
            .as(reason.wireName())
            .isEqualTo(stats.get("removed").path(reason.wireName()).asLong(0));
      }
      assertThat(browser.eval("document.querySelectorAll('table.inputs tbody tr').length").asInt())
          .isEqualTo(stats.get("inputs").size());
      // Self-contained: nothing was fetched, and the page's policy allows nothing to be.
      assertThat(browser.eval("performance.getEntriesByType('resource').length").asInt()).isZero();
      assertThat(browser.eval("document.querySelector('meta[http-equiv=Content-Security-Policy]').content").asText())
          .startsWith("default-src 'none'");
      long articles = stats.get("articles").asLong();
      assertThat(browser.eval("document.querySelectorAll('main article').length").asLong()).isEqualTo(articles);

      // A filter narrows the list to the articles it names, and says so.
      long truncated = stats.get("flags").get("truncated").asLong();
      assertThat(truncated).isPositive().isLessThan(articles);
      assertThat(choose(browser, "f-flag", "truncated")).isEqualTo(truncated);
      assertThat(browser.eval("[...document.querySelectorAll('main article')].every(a => a.querySelector('.flag')?.textContent === 'truncated')").asBoolean())
          .isTrue();
      assertThat(browser.eval("document.getElementById('shown').textContent").asText())
          .isEqualTo(truncated + " of " + articles + " articles");
      choose(browser, "f-flag", "");
      assertThat(choose(browser, "f-reason", "duplicate")).isEqualTo(2);
      choose(browser, "f-reason", "");
      assertThat(choose(browser, "f-lang", "en")).isEqualTo(4);
      choose(browser, "f-lang", "");
      assertThat(
              browser.eval(
                  "(() => { const t = document.getElementById('f-text'); t.value = 'seed lending';"
                      + " t.dispatchEvent(new Event('input'));"
                      + " return document.querySelectorAll('main article').length; })()").asInt())
          .isEqualTo(1);

      browser.eval("(() => { const t = document.getElementById('f-text'); t.value = ''; t.dispatchEvent(new Event('input')); })()");

      // A removed repeat is struck through and leads to its first occurrence.
      choose(browser, "f-reason", "duplicate");
      JsonNode repeat =
          browser.eval(
              "(() => { const a = document.querySelector('main .repeat a.first-seen');"
                  + " const r = {href: a.getAttribute('href'), text: a.closest('.repeat').querySelector('s').textContent};"
                  + " a.click(); return r; })()");
      assertThat(repeat.get("href").asText()).matches("#a[0-9]+-L[0-9]+");
      JsonNode target =
          browser.eval(
              "new Promise(done => setTimeout(() => { const t = document.querySelector('.target');"
                  + " done({hash: location.hash, text: t.querySelector('p').textContent,"
                  + " article: t.closest('article').id, line: Number(t.dataset.a), last: Number(t.dataset.b)}); }, 100))");
      String href = repeat.get("href").asText();
      assertThat(target.get("hash").asText()).isEqualTo(href);
      assertThat(target.get("text").asText()).startsWith(repeat.get("text").asText());
      assertThat("#" + target.get("article").asText() + "-L").isEqualTo(href.substring(0, href.indexOf("-L") + 2));
      int line = Integer.parseInt(href.substring(href.indexOf("-L") + 2));
      assertThat(target.get("line").asInt()).isLessThanOrEqualTo(line);
      assertThat(target.get("last").asInt()).isGreaterThanOrEqualTo(line);
    }
  }

  @Test
  void aScriptInAHeadlineABodyOrAFileNameIsShownAsTextAndNeverRuns() throws Exception {
    Path dump =
        Files.writeString(
            temp.resolve("<img src=x onerror=\"window.pwned=4\">.txt"),
            // Markup in a dump is stripped; escaped markup is decoded into the text, as scraped pages hold it.
            "# &lt;script&gt;window.pwned = 1&lt;/script&gt;&lt;img src=x onerror=\"window.pwned = 2\"&gt;\n\n"
                + "The mayor of Lowfield said &lt;/script&gt;&lt;script&gt;window.pwned = 3&lt;/script&gt; on Tuesday, and left.\n");
    Path page = temp.resolve("review.html");
    assertThat(CliRun.of("clean", "--quiet", "--output", "-", "--html", page.toString(), dump.toString()).exitCode()).isZero();

    try (HeadlessChromium browser = HeadlessChromium.start(temp.resolve("profile"))) {
      browser.open(page);

      assertThat(browser.eval("document.querySelectorAll('main article').length").asInt()).isEqualTo(1);
      assertThat(browser.eval("typeof window.pwned").asText()).isEqualTo("undefined");
      assertThat(browser.eval("document.querySelector('main article h2').textContent").asText())
          .isEqualTo("<script>window.pwned = 1</script><img src=x onerror=\"window.pwned = 2\">");
      assertThat(browser.eval("document.querySelector('main article .para p').textContent").asText())
          .contains("</script><script>window.pwned = 3</script>");
      assertThat(browser.eval("document.querySelector('table.inputs td.path').textContent").asText())
          .endsWith("<img src=x onerror=\"window.pwned=4\">.txt");
      assertThat(browser.eval("document.querySelectorAll('img').length").asInt()).isZero();
    }
  }

  @Test
  void aLongRunIsDrawnFiftyArticlesAtATime() throws Exception {
    StringBuilder dump = new StringBuilder();
    for (int i = 1; i <= 120; i++) {
      dump.append("# Ferry notice ").append(i).append("\n\n")
          .append("The ferry to Isle ").append(i).append(" leaves the Harrowby pier at ").append(i % 12 + 1)
          .append(" o'clock on weekdays, the harbour office said.\n\n");
    }
    Path input = Files.writeString(temp.resolve("notices.txt"), dump);
    Path page = temp.resolve("review.html");
    assertThat(CliRun.of("stats", "--quiet", "--html", page.toString(), input.toString()).exitCode()).isZero();

    try (HeadlessChromium browser = HeadlessChromium.start(temp.resolve("profile"))) {
      browser.open(page);

      assertThat(browser.eval("document.querySelectorAll('main article').length").asInt()).isEqualTo(50);
      assertThat(browser.eval("document.getElementById('page').textContent").asText()).isEqualTo("page 1 of 3");
      assertThat(browser.eval("document.getElementById('next').click(); document.querySelector('main article').id").asText())
          .isEqualTo("a51");
      assertThat(browser.eval("document.getElementById('page').textContent").asText()).isEqualTo("page 2 of 3");
      // A link into a page not drawn draws it.
      // Article 117 stands on lines 465-467: its headline, a blank line, its paragraph.
      JsonNode target =
          browser.eval(
              "location.hash = '#a117-L467'; new Promise(done => setTimeout(() => { const t = document.querySelector('.target');"
                  + " done({article: t.closest('article').id, line: t.dataset.a}); }, 100))");
      assertThat(target.get("article").asText()).isEqualTo("a117");
      assertThat(target.get("line").asText()).isEqualTo("467");
      assertThat(browser.eval("document.getElementById('page').textContent").asText()).isEqualTo("page 3 of 3");
    }
  }

  /** Picks {@code value} in the select {@code id} and returns how many articles are listed. */
  private static long choose(HeadlessChromium browser, String id, String value) throws Exception {
    return browser
        .eval(
            "(() => { const s = document.getElementById('" + id + "'); s.value = '" + value + "';"
                + " s.dispatchEvent(new Event('change'));"
                + " return document.querySelectorAll('main article').length; })()")
        .asLong();
  }

  private static void saveScreenshot(byte[] png) throws Exception {
    assertThat(png).hasSizeGreaterThan(1000);
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target", "review.png"), png);
    if (Boolean.getBoolean("newstidy.screenshot")) {
      Files.createDirectories(Path.of("src", "site"));
      Files.write(Path.of("src", "site", "review.png"), png);
    }
  }
}
