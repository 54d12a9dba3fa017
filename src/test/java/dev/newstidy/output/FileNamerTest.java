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
}
