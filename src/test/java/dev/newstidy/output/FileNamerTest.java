package dev.newstidy.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableMap;
import dev.newstidy.model.Article;
import dev.newstidy.model.Origin;
import dev.newstidy.model.Part;
import dev.newstidy.model.SourceSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

class FileNamerTest {
  private static final Article ARTICLE =
      Article.of("新区开园", new SourceSpan("dumps/day1.txt.gz", 4, 1, 3), List.of(Part.paragraph("正文。", SourceSpan.of("x", 3, 3))));

  @Test
  void defaultNameIsSixDigitIdAndSlug() {
    assertThat(new FileNamer(FileNamer.DEFAULT_TEMPLATE, 0).baseName(7, ARTICLE, Origin.UTF8)).isEqualTo("000007-新区开园");
  }

  @Test
  void fanoutFoldersHoldNFilesEach() {
    FileNamer namer = new FileNamer(FileNamer.DEFAULT_TEMPLATE, 1000);

    assertThat(namer.folder(7)).isEqualTo("000001-001000");
    assertThat(namer.folder(1000)).isEqualTo("000001-001000");
    assertThat(namer.folder(1001)).isEqualTo("001001-002000");
    assertThat(new FileNamer(FileNamer.DEFAULT_TEMPLATE, 0).folder(7)).isEmpty();
  }

  @Test
  void theRelativeBaseNamesTheFanoutFolder() {
    assertThat(new FileNamer(FileNamer.DEFAULT_TEMPLATE, 100).relativeBase(7, ARTICLE, Origin.UTF8))
        .isEqualTo("000001-000100/000007-新区开园");
    assertThat(new FileNamer(FileNamer.DEFAULT_TEMPLATE, 0).relativeBase(7, ARTICLE, Origin.UTF8))
        .isEqualTo("000007-新区开园");
  }

  @Test
  void templateVariablesComeFromTheArticleAndItsPageNeverFromTheClock() {
    Origin page = new Origin("UTF-8", ImmutableMap.of("date", "\"2024-03-05\""));

    String name = new FileNamer("${date}_${source}_${record}_${id}", 0).baseName(12, ARTICLE, page);

    assertThat(name).isEqualTo("2024-03-05_day1_4_000012");
    assertThat(new FileNamer("${date}${slug}", 0).baseName(1, ARTICLE, Origin.UTF8)).isEqualTo("新区开园");
  }

  @Test
  void templatesCannotClimbOutOfTheFolder() {
    String name = new FileNamer("../../${slug}/..", 0).baseName(1, ARTICLE, Origin.UTF8);

    assertThat(name).doesNotContain("/").doesNotContain("..").doesNotStartWith(".");
    assertThat(FileNamer.safe("...", "000001")).isEqualTo("000001");
  }

  @Test
  void anUnknownVariableIsRefusedAndTheFormatsExtensionIsNotDoubled() {
    assertThat(FileNamer.checkedTemplate("${id}.md", "md")).isEqualTo("${id}");
    assertThat(FileNamer.checkedTemplate("${id}-${slug}.JSON", "json")).isEqualTo("${id}-${slug}");
    // Look-alikes: another extension stays, an escaped $${title} is literal text, not a variable.
    assertThat(FileNamer.checkedTemplate("${id}.txt", "md")).isEqualTo("${id}.txt");
    assertThat(FileNamer.checkedTemplate("$${title}-${id}", "md")).isEqualTo("$${title}-${id}");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> FileNamer.checkedTemplate("${title}", "md"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--name-template: unknown variable '${title}'; the variables are ${id}, ${slug}, ${date}, ${source}, ${record}");
  }

  @Test
  void windowsDeviceNamesGetAnUnderscore() {
    assertThat(FileNamer.safe("CON", "000001")).isEqualTo("CON_");
    assertThat(FileNamer.safe("aux", "000001")).isEqualTo("aux_");
    assertThat(FileNamer.safe("com1.2024", "000001")).isEqualTo("com1_.2024");
    assertThat(FileNamer.safe("Lpt9", "000001")).isEqualTo("Lpt9_");
  }

  @Test
  void namesThatOnlyStartLikeADeviceAreKept() {
    assertThat(FileNamer.safe("CONTEXT", "000001")).isEqualTo("CONTEXT");
    assertThat(FileNamer.safe("com10", "000001")).isEqualTo("com10");
    assertThat(FileNamer.safe("nul-report", "000001")).isEqualTo("nul-report");
  }

  /**
   * Names built from the template's pieces must be the names Commons Text's substitutor gave: the
   * plain way, the escaped {@code $$}, a value holding {@code ${id}} (which the substitutor
   * resolves again), titles to be made safe and ids past six digits.
   */
  @Test
  void piecesGiveWhatTheSubstitutorGives() {
    List<String> templates =
        List.of("${id}-${slug}", "${slug}", "${date}_${source}_${record}_${id}", "$${id}-${slug}", "x${nope}y", "a$b-${id}",
            "${id}.${slug}..", "..${slug}", "CON", "${slug}$", "lit-only");
    List<String> titles = List.of("新区开园", "The Elmford Bridge", "../etc/passwd", "a..b", ".hidden-", "con", "价格$100", "😀松林镇", "");
    List<String> dates = List.of("\"2024-03-05\"", "\"${id}\"", "\"$x\"", "7", "{}");
    for (String template : templates) {
      for (String title : titles) {
        for (String date : dates) {
          Article article = Article.of(title, new SourceSpan("in/da$y.txt", 4, 1, 3), List.of(Part.paragraph("正文。", SourceSpan.of("x", 3, 3))));
          Origin page = new Origin("UTF-8", ImmutableMap.of("date", date));
          for (long id : new long[] {1, 7, 999_999, 1_234_567}) {
            assertThat(new FileNamer(template, 0).baseName(id, article, page))
                .as("%s %s %s %d", template, title, date, id)
                .isEqualTo(bySubstitutor(template, id, article, page));
          }
        }
      }
    }
  }

  @Test
  void sixDigitsPadsAsPercentZeroSixD() {
    for (long id : new long[] {0, 1, 42, 999_999, 1_000_000, 123_456_789_012L, -5}) {
      assertThat(FileNamer.sixDigits(id)).isEqualTo(String.format("%06d", id));
    }
  }

  private static String bySubstitutor(String template, long id, Article article, Origin page) {
    java.util.Map<String, String> values = new java.util.HashMap<>();
    values.put("id", String.format("%06d", id));
    values.put("slug", FileNamer.slugOf(article));
    String date = page.fields().get("date");
    values.put("date", date.startsWith("\"") ? date.substring(1, date.length() - 1) : date.equals("7") ? "7" : "");
    values.put("source", "da$y");
    values.put("record", "4");
    String name = new org.apache.commons.text.StringSubstitutor(values).setEnableUndefinedVariableException(false).replace(template);
    return FileNamer.safe(name, String.format("%06d", id));
  }

  /** The scan that makes names safe gives what the regular expressions it replaced gave. */
  @Test
  void safeNamesMatchTheRegexDefinitionOnRandomNames() {
    String alphabet = "ab.-_/\\ 中文😀é$\u0000\u200B\uD800CcOoNnAaUuXxLlPpTtRr1239..";
    java.util.Random random = new java.util.Random(11);
    for (int round = 0; round < 20_000; round++) {
      StringBuilder name = new StringBuilder();
      int length = random.nextInt(round % 50 == 0 ? 120 : 12);
      for (int k = 0; k < length; k++) {
        name.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      assertThat(FileNamer.safe(name.toString(), "000001")).as(name.toString()).isEqualTo(safeByRegex(name.toString(), "000001"));
    }
  }

  private static String safeByRegex(String name, String fallback) {
    StringBuilder out = new StringBuilder();
    int bytes = 0;
    for (int i = 0; i < name.length(); ) {
      int cp = name.codePointAt(i);
      i += Character.charCount(cp);
      boolean keep = Character.isLetterOrDigit(cp) || cp == '-' || cp == '_' || cp == '.';
      String piece = keep ? new String(Character.toChars(cp)) : "-";
      if (!keep && out.length() > 0 && out.charAt(out.length() - 1) == '-') {
        continue;
      }
      int n = piece.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
      if (bytes + n > 188) {
        break;
      }
      out.append(piece);
      bytes += n;
    }
    String result = out.toString().replaceAll("\\.{2,}", ".").replaceAll("^[.\\-]+|[.\\-]+$", "");
    if (result.matches("(?i)(CON|PRN|AUX|NUL|COM[1-9]|LPT[1-9])(\\..*)?")) {
      int dot = result.indexOf('.');
      result = dot < 0 ? result + "_" : result.substring(0, dot) + "_" + result.substring(dot);
    }
    return result.isEmpty() ? fallback : result;
  }
}
