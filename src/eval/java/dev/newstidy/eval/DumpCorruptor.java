package dev.newstidy.eval;

import static dev.newstidy.eval.RandomPicks.any;
import static dev.newstidy.eval.RandomPicks.between;
import static dev.newstidy.eval.RandomPicks.chance;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntPredicate;
import java.util.function.Predicate;

/**
 * Lays clean articles out as a scraped {@code # headline} dump and damages them at the configured
 * rates: page-break cuts in mid-sentence (CJK, Latin, hyphenated Latin), blocks and cut fragments
 * repeated in place, near copies of earlier paragraphs, Chinese bylines glued to the last sentence,
 * English {@code By} lines, untitled items after three blank lines, subheadings between paragraphs
 * and site boilerplate lines. For each article it returns the truth: what a perfect repair gives.
 *
 * <p>Example: the paragraph {@code 甲乙丙丁。} cut after {@code 乙} with its fragment repeated is
 * written as the blocks {@code 甲乙}, {@code 丙丁。}, {@code 丙丁。}; the truth keeps {@code 甲乙丙丁。}
 * and names the third block's line as a planted repeat.
 */
public final class DumpCorruptor {
  private static final String[] ZH_BOILERPLATE = {"上一篇", "下一篇", "分享到:", "【打印】【关闭】"};
  private static final String[] EN_BOILERPLATE = {"Share this", "Read more"};
  private static final String NEAR_CJK = "新老大小多少高低长短前后东西南北上中";

  private final DamageRates rates;
  private final SplittableRandom random;
  private final Predicate<String> fresh;

  /**
   * @param fresh claims a near copy's text; false when that text already stands in the dump, so
   *     that a near copy never turns out to be an exact repeat
   */
  public DumpCorruptor(DamageRates rates, SplittableRandom random, Predicate<String> fresh) {
    this.rates = rates;
    this.random = random;
    this.fresh = fresh;
  }

  /** Writes {@code article} after whatever {@code out} holds and returns its truth. */
  TruthArticle write(CleanArticle article, NumberedWriter out) {
    Draft draft = new Draft(article, out);
    if (!article.untitled()) {
      draft.block("# " + article.title(), false);
    }
    if (article.lang() == Language.EN && !article.names().isEmpty()) {
      draft.block(EnglishArticles.byLine(article.names()), false);
    }
    List<String> paragraphs = article.paragraphs();
    int nearSource = -1;
    int nearAfter = -1;
    if (paragraphs.size() >= 3 && chance(random, rates.nearCopy())) {
      nearSource = random.nextInt(paragraphs.size() - 1);
      nearAfter = between(random, nearSource, paragraphs.size() - 2);
    }
    int boilerplateAfter = -1;
    boolean boilerplateAtEnd = false;
    if (chance(random, rates.boilerplate())) {
      if (paragraphs.size() >= 2 && chance(random, 0.3)) {
        boilerplateAfter = random.nextInt(paragraphs.size() - 1);
      } else {
        boilerplateAtEnd = true;
      }
    }
    int index = 0;
    for (CleanArticle.Part part : article.body()) {
      if (part.heading()) {
        draft.block(part.text(), false);
        continue;
      }
      boolean last = index == paragraphs.size() - 1;
      draft.paragraph(part.text(), last ? gluedByline(article) : "");
      if (index == nearAfter) {
        draft.nearCopy(paragraphs.get(nearSource));
      }
      if (index == boilerplateAfter) {
        draft.boilerplate();
      }
      index++;
    }
    if (boilerplateAtEnd) {
      draft.boilerplate();
    }
    return draft.truth(out.lines());
  }

  /** {@code 王明 李红} or {@code 骆一鸣 文/图}, glued after a Chinese article's last sentence. */
  private static String gluedByline(CleanArticle article) {
    if (article.lang() != Language.ZH || article.names().isEmpty()) {
      return "";
    }
    String names = String.join(" ", article.names());
    return article.role() == null ? names : names + " " + article.role();
  }

  /** The article being written, with the lines planted so far. */
  private final class Draft {
    private final CleanArticle article;
    private final NumberedWriter out;
    private final boolean wrap;
    private final List<Integer> repeats = new ArrayList<>();
    private final List<Integer> near = new ArrayList<>();
    private final List<Integer> boilerplate = new ArrayList<>();
    private int first = -1;
    private int cuts;
    private int hyphenated;

    Draft(CleanArticle article, NumberedWriter out) {
      this.article = article;
      this.out = out;
      this.wrap = article.lang() == Language.EN && chance(random, 0.5);
    }

    /**
     * Writes one block after the blank lines that separate it: one inside the article, one before a
     * headline, three before an untitled item. Returns its first line.
     */
    int block(String text, boolean wrapped) {
      if (first < 0) {
        if (out.lines() > 0) {
          out.blank(article.untitled() ? 3 : 1);
        }
        first = out.nextLine();
      } else {
        out.blank(1);
      }
      return out.block(text, wrapped);
    }

    /** Writes one paragraph, cut and repeated as the dice say. */
    void paragraph(String text, String byline) {
      String[] cut = chance(random, rates.cut()) ? cut(text) : null;
      if (cut == null) {
        String whole = text + byline;
        block(whole, wrap);
        if (chance(random, rates.repeat())) {
          repeats.add(block(whole, wrap));
        }
        return;
      }
      cuts++;
      block(cut[0], wrap);
      String second = cut[1] + byline;
      block(second, wrap);
      if (chance(random, rates.fragmentRepeat())) {
        repeats.add(block(second, wrap));
      }
    }

    /** The paragraph's two pieces at a random mid-sentence break, or null when it has none. */
    private String[] cut(String text) {
      if (article.lang() == Language.ZH) {
        return cutAt(text, k -> Sentences.isCjkCutPoint(text, k), 0);
      }
      if (chance(random, rates.hyphenated())) {
        String[] pieces = hyphenate(text);
        if (pieces != null) {
          hyphenated++;
          return pieces;
        }
      }
      return cutAt(text, k -> Sentences.isLatinCutPoint(text, k), 1);
    }

    /** Cuts at a uniformly chosen allowed point; {@code skip} characters (the space) are dropped. */
    private String[] cutAt(String text, IntPredicate allowed, int skip) {
      // Two passes instead of a list of points: large speed dumps cut millions of paragraphs.
      int count = 0;
      for (int k = 1; k < text.length(); k++) {
        if (allowed.test(k)) {
          count++;
        }
      }
      if (count == 0) {
        return null;
      }
      int chosen = random.nextInt(count);
      for (int k = 1; k < text.length(); k++) {
        if (allowed.test(k) && chosen-- == 0) {
          return new String[] {text.substring(0, k), text.substring(k + skip)};
        }
      }
      throw new AssertionError("cut point " + chosen + " not found");
    }

    /** {@code neigh-} and {@code borhood …}: a word of six letters or more split inside. */
    private String[] hyphenate(String text) {
      List<int[]> words = new ArrayList<>();
      int start = 0;
      for (int i = 0; i <= text.length(); i++) {
        if (i == text.length() || text.charAt(i) == ' ') {
          if (i - start >= 6 && text.substring(start, i).chars().allMatch(Character::isLetter)) {
            words.add(new int[] {start, i});
          }
          start = i + 1;
        }
      }
      if (words.isEmpty()) {
        return null;
      }
      int[] word = words.get(random.nextInt(words.size()));
      int split = word[0] + between(random, 3, word[1] - word[0] - 3);
      return new String[] {text.substring(0, split) + "-", text.substring(split)};
    }

    /** Writes a copy of {@code source} with one letter changed, unless that text already stands. */
    void nearCopy(String source) {
      String copy = changeOneLetter(source);
      if (copy == null || !fresh.test(copy)) {
        return;
      }
      near.add(block(copy, wrap));
    }

    private String changeOneLetter(String text) {
      boolean zh = article.lang() == Language.ZH;
      List<Integer> positions = new ArrayList<>();
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (zh ? Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN : c >= 'a' && c <= 'z') {
          positions.add(i);
        }
      }
      if (positions.isEmpty()) {
        return null;
      }
      int at = positions.get(random.nextInt(positions.size()));
      char old = text.charAt(at);
      char replacement = old;
      while (replacement == old) {
        replacement = zh ? NEAR_CJK.charAt(random.nextInt(NEAR_CJK.length())) : (char) ('a' + random.nextInt(26));
      }
      return text.substring(0, at) + replacement + text.substring(at + 1);
    }

    /** Writes one site boilerplate line as a block of its own. */
    void boilerplate() {
      String line = any(random, article.lang() == Language.ZH ? ZH_BOILERPLATE : EN_BOILERPLATE);
      boilerplate.add(block(line, false));
    }

    TruthArticle truth(int last) {
      List<String> headings =
          article.body().stream().filter(CleanArticle.Part::heading).map(CleanArticle.Part::text).toList();
      return new TruthArticle(
          article.lang(), first, last, article.title(), article.names(), article.paragraphs(), headings,
          repeats, near, boilerplate, cuts, hyphenated);
    }
  }
}
