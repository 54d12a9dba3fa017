package dev.newstidy.stage.check;

import dev.newstidy.model.Article;
import dev.newstidy.model.Part;
import dev.newstidy.model.Warning;
import dev.newstidy.stage.ArticleStage;
import dev.newstidy.text.Scripts;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reports oddities that a careful reader would query but that no rule can safely fix: a doubled
 * word ({@code 探索探索}, {@code the the}) and a lower-case Latin word inside a Chinese sentence
 * ({@code 工作制度化 and 运行}, often a conversion slip for 和). The text stays as it is; each finding is
 * a warning with its line.
 *
 * <p>Examples, pinned by {@code OddityFinderTest}: {@code 探索探索} is reported, {@code 一步一步} and
 * {@code 天天天天} are not (reduplication that Chinese uses on purpose); {@code 化 and 运} is
 * reported, {@code 5G网络} and {@code GDP增长} are not (upper case or digits). Also pinyin after a
 * character ({@code 村(cūn)}), mojibake ({@code cafÃ© â€œ}, {@code 鏂伴椈锛屼粖澶}) and the known
 * mojibake of {@link KnownMojibake}: characters lost in a GBK round trip ({@code 朱?基},
 * {@code ??ｓ}) and pinyin inserted by a script converter ({@code 經(jīng)濟發(fā)展}).
 *
 * <p>Every clean run pays for this stage (its warnings are part of each record), so each paragraph
 * costs one scan that counts what the checks need ({@link OddityCensus}); a regular expression runs only
 * on a paragraph that the scan shows could match: {@code 化 and 运} runs {@link #LATIN_IN_CJK},
 * {@code 化 GDP 运} and {@code 工作 and} do not; {@code 村(cūn)} runs {@link #PINYIN}, {@code
 * 镇（东区）} does not, having no tone-marked vowel (pinned by {@code OddityFinderTest}).
 */
public final class OddityFinder implements ArticleStage {

  /** A lower-case Latin word between Han characters: {@code 化 and 运}. */
  private static final Pattern LATIN_IN_CJK =
      Pattern.compile("(?<=\\p{IsHan})[ \\u3000]*\\b(\\p{Ll}{2,})\\b[ \\u3000]*(?=\\p{IsHan})");

  /** Pinyin in brackets after a character: {@code 村(cūn)}, {@code 圳（zhèn）}. */
  private static final Pattern PINYIN =
      Pattern.compile("(?<=\\p{IsHan})[(（]([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*(?:\\s?[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}){0,3})[)）]");

  /** UTF-8 read as Latin-1 or Windows-1252: {@code Ã©}, {@code â€™}. */
  private static final Pattern LATIN1_MOJIBAKE = Pattern.compile("[ÃÂâ][\\u0080-\\u00BF€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]");

  @Override
  public Article apply(Article article) {
    List<Warning> found = new ArrayList<>();
    OddityCensus census = new OddityCensus();
    for (Part part : article.body()) {
      census.scan(part.text());
      for (String unit : census.doubledWords()) {
        if (!isDeliberateReduplication(unit)) {
          found.add(new Warning("doubled-word", part.span().firstLine(), "doubled word \"" + unit + unit + "\""));
        }
      }
      if (census.asciiLetter()) {
        findDoubledLatinWords(part, found);
      }
      if (census.asciiLetter() && census.han() > 0 && census.lowerAfterHan()) {
        findLatinInCjk(part, census.lowerAfterHanFrom(), found);
      }
      if (census.bracket() && census.toneMark()) {
        findPinyin(part, found);
      }
      findMojibake(part, census, found);
      if (census.question()) {
        findLostCharacters(part, found);
      }
    }
    found.removeAll(article.warnings());
    return found.isEmpty() ? article : article.plusWarnings(found);
  }

  /** A Latin word of two letters or more written twice, space between: {@code the the}. */
  private static void findDoubledLatinWords(Part part, List<Warning> found) {
    String text = part.text();
    int previousStart = -1;
    int previousEnd = -1;
    int i = 0;
    while (i < text.length()) {
      if (!OddityCensus.isLatinLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < text.length() && OddityCensus.isLatinLetter(text.charAt(i))) {
        i++;
      }
      boolean onlySpaceBetween = previousEnd >= 0 && start > previousEnd && isBlank(text, previousEnd, start);
      if (onlySpaceBetween && i - start >= 2 && previousEnd - previousStart == i - start
          && text.regionMatches(true, previousStart, text, start, i - start)) {
        found.add(new Warning("doubled-word", part.span().firstLine(), "doubled word \"" + text.substring(previousStart, i) + "\""));
      }
      previousStart = start;
      previousEnd = i;
    }
  }

  /** {@code text.substring(from, to).isBlank()}, without the copy. */
  private static boolean isBlank(String text, int from, int to) {
    for (int i = from; i < to; ) {
      int cp = text.codePointAt(i);
      if (!Character.isWhitespace(cp)) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  /** {@code 一步一步}, {@code 天天天天}: repetition that Chinese writes on purpose. */
  private static boolean isDeliberateReduplication(String unit) {
    return unit.startsWith("一") || unit.codePoints().distinct().count() == 1;
  }

  /**
   * Pinyin after a character: each gloss is a {@code pinyin} warning, unless the glosses are a
   * converter's insertions ({@code 經(jīng)濟發(fā)展}, see {@link KnownMojibake}), reported once as
   * {@code pinyin-insertion}.
   */
  private static void findPinyin(Part part, List<Warning> found) {
    List<MatchResult> glosses = PINYIN.matcher(part.text()).results().toList();
    int line = part.span().firstLine();
    String insertion = KnownMojibake.pinyinInsertion(part.text(), glosses);
    if (insertion != null) {
      found.add(new Warning("pinyin-insertion", line, "pinyin inserted by a script converter: \"" + insertion + "\""));
      return;
    }
    for (MatchResult m : glosses) {
      found.add(new Warning("pinyin", line, "pinyin \"" + m.group(1) + "\" after a character"));
    }
  }

  /** A {@code ?} where a GBK round trip lost a character: {@code 朱?基} (see {@link KnownMojibake}). */
  private static void findLostCharacters(Part part, List<Warning> found) {
    String lost = KnownMojibake.lostCharacters(part.text());
    if (lost != null) {
      found.add(new Warning("gbk-round-trip", part.span().firstLine(), "characters lost in a GBK round trip: \"" + lost + "\""));
    }
  }

  /**
   * Text decoded with the wrong charset: two or more Latin-1 garbles, or GBK garbles making up a
   * tenth of the Chinese characters (at least four).
   */
  private static void findMojibake(Part part, OddityCensus census, List<Warning> found) {
    String text = part.text();
    int latinHits = 0;
    if (census.latin1Lead()) {
      Matcher latin = LATIN1_MOJIBAKE.matcher(text);
      while (latin.find()) {
        latinHits++;
      }
    }
    int gbkHits = census.gbkGarbles();
    int cjk = census.han();
    if (latinHits >= 2 || (gbkHits >= 4 && gbkHits * 10 >= cjk) || (gbkHits >= 2 && readsAsUtf8ThroughGbk(text))) {
      found.add(new Warning("mojibake", part.span().firstLine(), "text looks decoded with the wrong charset (mojibake)"));
    }
  }

  /**
   * The round trip that proves GBK mojibake: encoded back as GBK, the text's bytes are valid UTF-8
   * holding Chinese. Ordinary Chinese text almost never survives it.
   */
  private static boolean readsAsUtf8ThroughGbk(String text) {
    java.nio.charset.Charset gbk = java.nio.charset.Charset.forName("GBK");
    java.nio.charset.CharsetEncoder encoder = gbk.newEncoder();
    // Runs of characters GBK can hold; a replacement character or an ASCII space ends a run.
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      boolean inRun = i < text.length() && text.charAt(i) > 0x7F && encoder.canEncode(text.charAt(i));
      if (!inRun) {
        if (i - start >= 4 && decodesAsUtf8Chinese(text.substring(start, i).getBytes(gbk))) {
          return true;
        }
        start = i + 1;
      }
    }
    return false;
  }

  /** True when the bytes are valid UTF-8 holding Chinese; a sequence cut at the end is allowed. */
  private static boolean decodesAsUtf8Chinese(byte[] bytes) {
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length);
    java.nio.charset.CoderResult result =
        java.nio.charset.StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
            .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
            .decode(java.nio.ByteBuffer.wrap(bytes), out, false);
    if (result.isError()) {
      return false;
    }
    out.flip();
    return out.codePoints().filter(Scripts::isHan).count() >= 2;
  }

  /**
   * The matches of {@link #LATIN_IN_CJK}, looked for from {@code from} on: no match starts before
   * the place {@link OddityCensus#lowerAfterHanFrom} gives (its look-behind still sees the text
   * before), so the search skips the text up to it. Pinned against a search of the whole text by
   * {@code OddityFinderTest}.
   */
  private static void findLatinInCjk(Part part, int from, List<Warning> found) {
    Matcher m = LATIN_IN_CJK.matcher(part.text());
    if (!m.find(from)) {
      return;
    }
    do {
      found.add(
          new Warning(
              "latin-in-cjk",
              part.span().firstLine(),
              "Latin word \"" + m.group(1) + "\" inside Chinese text"));
    } while (m.find());
  }
}
