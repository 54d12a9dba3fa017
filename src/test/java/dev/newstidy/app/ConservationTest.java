package dev.newstidy.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.HashMultiset;
import com.google.common.collect.Multiset;
import com.google.common.collect.Multisets;
import dev.newstidy.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every character of the input is accounted for: in a record's title, sub-headline, body or byline,
 * or in a recorded removal. Only white space and markup may go: {@code #} and {@code *} marks, the
 * dashes that open a sub-headline, and the hyphen of a word re-joined across a break.
 */
class ConservationTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String MARKUP = "#*—–-";

  @TempDir Path temp;

  static Stream<Path> dumps() throws IOException {
    Stream<Path> samples = Files.list(Path.of("samples"));
    Stream<Path> golden = Files.list(Path.of("src/test/resources/golden")).map(d -> d.resolve("input.txt"));
    return Stream.concat(samples, golden).filter(Files::isRegularFile).sorted();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dumps")
  void everyCharacterOfTheDumpIsAccountedFor(Path dump) throws IOException {
    assertConserved(Files.readString(dump, StandardCharsets.UTF_8), dump.toString());
  }

  @ParameterizedTest(name = "generated dump, seed {0}, {1}")
  @org.junit.jupiter.params.provider.CsvSource({"1, --near=off", "2, --near=paragraph", "3, --near=article"})
  void everyCharacterOfAGeneratedMessyDumpIsAccountedFor(long seed, String near) throws IOException {
    java.io.StringWriter dump = new java.io.StringWriter();
    dev.newstidy.eval.DumpGenerator.write(dump, 300_000, seed);
    Path file = temp.resolve("generated-" + seed + ".txt");
    Files.writeString(file, dump.toString(), StandardCharsets.UTF_8);

    assertConserved(dump.toString(), file.toString(), near);
  }

  @Test
  void nearArticleAccountsForEveryCharacterOfAStoryThatRanAgain() throws IOException {
    String story =
        "# 柳溪镇新建图书馆开放\n\n%s\n\n柳溪镇图书馆昨日正式开放,藏书两万册,设有少儿阅览室和自习区。\n\n"
            + "开放首日接待读者八百余人次,不少家长带孩子前来借书。贺岚 史进\n\n";
    String dump = String.format(story, "——藏书两万册 设少儿阅览室") + String.format(story, "——首日接待读者八百余人次");
    Path file = temp.resolve("ran-again.txt");
    Files.writeString(file, dump, StandardCharsets.UTF_8);

    assertConserved(dump, file.toString(), "--near", "article");
  }

  @Test
  void everyCharacterOfRandomDumpsIsAccountedFor() throws IOException {
    Random random = new Random(20261128L);
    String[] pieces = {
      "# ", "## ——", "**要点——说明**", "王书 曹波", "文/图", "。", ",", "、", "“", "”", "\n", "\n\n", "\n\n\n",
      "新闻正文内容", "By Ann Lee", "the neigh-", "borhood", " ", "史园", "海工宣", "(李红、赵明)", "**", "一、"
    };
    for (int n = 0; n < 60; n++) {
      StringBuilder dump = new StringBuilder();
      int length = 20 + random.nextInt(120);
      for (int i = 0; i < length; i++) {
        dump.append(pieces[random.nextInt(pieces.length)]);
      }
      Path file = temp.resolve("random-" + n + ".txt");
      Files.writeString(file, dump.toString(), StandardCharsets.UTF_8);
      assertConserved(dump.toString(), file.toString());
    }
  }

  /**
   * Runs {@code clean} on the dump at {@code path}, whose text is {@code input}, and checks that every
   * character of it is accounted for. Also called by {@code ChainFuzzTest}.
   */
  static void assertConserved(String input, String path, String... options) throws IOException {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("clean", "-q", "-o", "-"));
    args.addAll(java.util.List.of(options));
    args.add(path);
    int code = Main.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args.toArray(String[]::new));
    assertThat(code).as(err.toString()).isZero();

    Multiset<Integer> given = characters(input);
    Multiset<Integer> accounted = HashMultiset.create();
    for (String line : out.toString().lines().toList()) {
      JsonNode record = JSON.readTree(line);
      add(accounted, record.get("title"));
      add(accounted, record.get("subtitle"));
      if (!record.get("byline").isNull()) {
        add(accounted, record.get("byline").get("text"));
      }
      record.get("body").forEach(part -> add(accounted, part.get("text")));
      record.get("removed").forEach(removal -> add(accounted, removal.get("text")));
    }

    Multiset<Integer> invented = Multisets.difference(accounted, given);
    Multiset<Integer> lost = Multisets.difference(given, accounted);
    assertThat(text(invented)).as("characters in the output that the input lacks (%s)", path).isEmpty();
    assertThat(text(lost).chars().allMatch(c -> MARKUP.indexOf(c) >= 0))
        .as("lost characters %s (%s)", text(lost), path)
        .isTrue();
  }

  private static void add(Multiset<Integer> into, JsonNode text) {
    if (text != null && !text.isNull()) {
      into.addAll(characters(text.asText()));
    }
  }

  private static Multiset<Integer> characters(String text) {
    Multiset<Integer> set = HashMultiset.create();
    text.codePoints().filter(c -> !Character.isWhitespace(c)).forEach(set::add);
    return set;
  }

  private static String text(Multiset<Integer> set) {
    StringBuilder s = new StringBuilder();
    set.entrySet().stream()
        .sorted((a, b) -> Integer.compare(a.getElement(), b.getElement()))
        .forEach(e -> s.append(new String(Character.toChars(e.getElement())).repeat(e.getCount())));
    return s.toString();
  }
}
