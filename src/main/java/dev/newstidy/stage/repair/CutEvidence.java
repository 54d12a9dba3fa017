package dev.newstidy.stage.repair;

import com.google.common.base.CharMatcher;
import com.google.common.collect.ImmutableSet;
import dev.newstidy.stage.byline.BylineDetector;
import dev.newstidy.text.Joint;
import dev.newstidy.text.Punctuation;
import dev.newstidy.text.Scripts;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether two blocks are one paragraph that a page or column break cut in two. A block that
 * stops without a full stop is not enough: headings, captions, credit lines, list items and
 * dialogue stop so too. A join needs positive evidence that the pair reads as one sentence, and
 * any sign that the second block opens a paragraph of its own vetoes it. A wrong join damages text
 * that was right, so when the evidence is thin the blocks stay apart.
 *
 * <p>Examples, pinned by {@code CutEvidenceTest}:
 *
 * <ul>
 *   <li>{@code "the county" + "board voted"}: a lower-case continuation, cut;
 *   <li>{@code "the neigh-" + "borhood"}: a hyphenated word, cut;
 *   <li>{@code "the mayor of" + "Elm Creek said"}: the first ends in a function word, cut;
 *   <li>{@code "Harbor Lights" + "Residents gathered…"}: a short Latin heading, not a cut;
 *   <li>{@code "据了解,今年全镇新修了村道和" + "桥梁三座。"}: a clause cut after its opener, cut;
 *   <li>{@code "…建成投用。镇里还将继续推进" + "老旧小区改造。"}: the fragment holds a finished
 *       sentence, so it is running text, cut;
 *   <li>{@code "青禾村的三次出发"} + a paragraph: a short line with no punctuation is a subheading;
 *   <li>{@code "（一）船舶进港前须申报;" + "（二）…"}, {@code "…如下:" + "1.…"}: list items;
 *   <li>{@code "图说:村民在广场上排练节目" + "…"}, {@code "…在田间劳作 李青 摄" + "…"}: a caption;
 *   <li>{@code "记者 周远山 通讯员 林小禾" + "…"}: a credit line;
 *   <li>{@code "…调查。［详情］" + "…"} and {@code "…（资料照）" + "…"}: a bracket ends the block;
 *   <li>{@code "…出席开幕式。中央社" + "…"}: a news agency after the last sentence is the photo's
 *       source, which ends a caption;
 *   <li>{@code "县里还专门成立了负责巡查的" + "工作小组。"}: a particle or preposition that no title ends
 *       on ({@code 的}, {@code 于}, {@code 以}, {@code 把}, {@code 被}, {@code 最}), cut;
 *   <li>{@code "镇里今天召开第" + "三次村民代表大会。"}, the lead after its dateline ({@code 新华社…电}) was
 *       taken off: a lead is running text, however short, cut.
 * </ul>
 */
final class CutEvidence {
  /** Marks after which a block never goes on: a semicolon ends a list item, a colon opens a list. */
  private static final CharMatcher CLOSED_END = CharMatcher.anyOf(";；:：)）】〕]］〉%").precomputed();

  /** Marks that leave a clause open: {@code "…示范带动、"}, {@code "…他说“"}. */
  private static final CharMatcher OPEN_END = CharMatcher.anyOf("，,、“「『《（(—").precomputed();

  /** Marks that cannot open a paragraph: a block that starts with one goes on a sentence. */
  private static final CharMatcher CONTINUING_START = CharMatcher.anyOf("，,、;；:：").precomputed();

  /** Semicolons: a title holds none. */
  private static final CharMatcher SEMICOLONS = CharMatcher.anyOf(";；").precomputed();

  /** Commas inside a block: evidence that it is running text rather than a title. */
  private static final CharMatcher COMMAS = CharMatcher.anyOf("，,、").precomputed();

  /**
   * Characters that a Chinese headline or subheading never ends on, since each binds to what comes
   * after it: the particle {@code 的} ({@code 负责巡查的}), the prepositions {@code 于 於 以 把 被}
   * and {@code 最} (most). Words that end in one of the common look-alikes are left out on purpose:
   * {@code 参与}, {@code 可为}, {@code 永在}, {@code 应对}, {@code 方向}, {@code 到了} all end real
   * titles, and so do {@code 普及}, {@code 涉及} and {@code 波及}, so {@code 及} (and) is left out too. Pinned by {@code CutEvidenceTest.joinsCjkFragmentEndingOnParticle} and
   * {@code keepsSubheadingEndingOnLookAlikeVerb}.
   */
  static final CharMatcher NO_TITLE_ENDS = CharMatcher.anyOf("的于於以把被最").precomputed();

  /** Sentence-final marks inside a block. */
  private static final CharMatcher FINAL = CharMatcher.anyOf("。！？!?…").precomputed();

  /** Opens a list item: {@code （三）}, {@code (2)}, {@code 一、}, {@code 1.}, {@code １、}, {@code ②}, {@code •}. */
  private static final Pattern LIST_ITEM =
      Pattern.compile(
          "\\s*(?:[（(][一二三四五六七八九十\\d０-９]{1,3}[)）]|[一二三四五六七八九十]{1,3}、"
              + "|[\\d０-９]{1,2}[、.．](?![\\d０-９])|[①-⑳]|[•·●■□◆◇▲△▶►*]|[-–—]\\s(?!\\p{Ll}))");

  /** Opens a photo caption: {@code 图说:…}, {@code 图为…}, {@code ▲…}. */
  private static final Pattern CAPTION =
      Pattern.compile("\\s*(?:图说|圖說|图为|圖為|图片|圖片|图[:：]|圖[:：]|[▲△■●])");

  /** Ends a photo credit: {@code …李青 摄}, {@code …（资料照）}, {@code …供图}. */
  private static final Pattern CREDIT_END =
      Pattern.compile("(?:摄|攝|供图|供圖|提供|资料图|資料照|資料圖)[)）]?\\s*$");

  /** A Latin photo credit: {@code …THE DAILY LEDGER/Ann Reyes}. */
  private static final Pattern LATIN_CREDIT = Pattern.compile("[A-Z]{2,}[^/]*/\\s?[A-Z][\\w. ]*$");

  /** A role word of a credit line: {@code 记者 周远山}, {@code 文:本报采访组}, {@code By 江州日报}. */
  private static final Pattern ROLE =
      Pattern.compile("记者|記者|通讯员|通訊員|编辑|編輯|作者|来源|來源|报道|報導|^By |^文[:：/／]|^图[:：/／]");

  /** Opens a dated item: {@code 3月5日…}, {@code 2021年4月…}; two in a row are a series. */
  private static final Pattern DATED = Pattern.compile("\\s*(?:\\d{1,2}月\\d{1,2}日|\\d{4}年\\d{1,2}月)");

  /** Opens a news item with its dateline: {@code 本报讯…}, {@code 江州日报讯 …}, {@code 新华社…}. */
  private static final Pattern DATELINE =
      Pattern.compile("(?:本报讯|本報訊|新华社|新華社|中新社|\\S{1,8}[电電讯訊]\\s)");

  /** A wire story's own title line after its dateline: {@code 题:…}, {@code 題：…}. */
  private static final Pattern LEAD_TITLE = Pattern.compile("\\s*(?:题|題|标题|標題)\\s*[:：]");

  /** Two CJK characters with a space between: a headline's or a byline's layout, not prose. */
  private static final Pattern SPACED_CJK = Pattern.compile("\\p{IsHan} +\\p{IsHan}");

  /** A dash clause that goes on a sentence: {@code "– a decision the board regrets"}. */
  private static final Pattern DASH_CLAUSE = Pattern.compile("[–—-]\\s+\\p{Ll}");

  /** The last Latin word of a block. */
  private static final Pattern LAST_WORD = Pattern.compile("([A-Za-z]+)\\W*$");

  /** The first Latin word of a block. */
  private static final Pattern FIRST_WORD = Pattern.compile("[\"“‘']?([A-Za-z]+)");

  /** Words after which an English sentence cannot stop: {@code "…the mayor of" + "Elm Creek"}. */
  private static final ImmutableSet<String> FUNCTION_WORDS =
      ImmutableSet.copyOf(
          ("a an the of to in on at by for from with and or but as than that this these those its"
                  + " his her their our your my during into about such between near over under after"
                  + " before while which who whose whom is was were are be been being has have had will"
                  + " would could should may might can not also including via per among against"
                  + " without within")
              .split(" "));

  /** Words that open an English sentence: a capitalised one of these starts a new paragraph. */
  private static final ImmutableSet<String> SENTENCE_OPENERS =
      ImmutableSet.copyOf(
          ("the a an in on at after before as but and or for from with when while if this that"
                  + " these those it he she they we i you there here meanwhile however also how what"
                  + " why who where")
              .split(" "));

  /** A fragment shorter than this, with no comma and no sentence inside, reads as a title. */
  private static final int SHORT_CJK = 20;

  /** A fragment with one comma shorter than this may be a title of two halves. */
  private static final int SHORT_CJK_WITH_COMMA = 16;

  /**
   * A Latin fragment needs this many words, or a finished sentence, before a capitalised name may
   * go on across a break: a headline is shorter and holds no sentence.
   */
  private static final int NAME_SPAN_WORDS = 15;

  /** A block after a break shorter than this, with no sentence-final mark, reads as a title. */
  private static final int TITLE_CJK = 30;

  private static final int TITLE_WORDS = 12;

  /** A finished Latin sentence inside a fragment: {@code "…on Sunday. Spokeswoman"}. */
  private static final Pattern LATIN_SENTENCE = Pattern.compile("[a-z0-9][.?!][\"”’]? [A-Z]");

  /** Past this length only the opening and the end of a paragraph are read. */
  private static final int LONG_PARAGRAPH = 512;

  private static final int WINDOW_HEAD = 64;
  private static final int WINDOW_TAIL = 384;

  private CutEvidence() {}

  /**
   * True when {@code next} goes on the sentence that {@code paragraph} leaves open. The decision
   * reads the paragraph as joined so far, not its last block alone, so that joining twice gives
   * what joining once gave.
   *
   * @param paragraph the paragraph before the break, with any blocks already joined into it
   * @param next the block after the break
   */
  static boolean isCut(CharSequence paragraph, String next) {
    return isCut(paragraph, next, false);
  }

  /**
   * The same, for a paragraph that may be an article's lead: {@code lead} is true when a dateline
   * was taken off its start, so that a short opening fragment is not read as a title.
   */
  static boolean isCut(CharSequence paragraph, String next, boolean lead) {
    return readsOn(paragraph, next, lead, true);
  }

  /**
   * True when {@code next} would go on the sentence that {@code text} leaves open, whatever the
   * shape of {@code next}: {@link #isCut} without its veto on a short block that reads as a title.
   * For a reader that must know whether a short line may continue the text before it, not whether
   * to join the two: {@code "The prize went to" + "Maria Okafor of Dunmore"} (a function word) and
   * {@code "县里还专门成立了负责巡查的" + "工作小组"} (a particle) yes; {@code "And we insist" + "Harbor
   * Ferry Sails Again"} and {@code "我们乡里" + "柳溪镇新桥通车"} no. Pinned by {@code
   * CutEvidenceTest.goesOnIntoReadsTheSentenceWhateverTheShapeOfTheNextLine}.
   */
  static boolean goesOnInto(CharSequence text, String next) {
    return readsOn(text, next, false, false);
  }

  private static boolean readsOn(CharSequence paragraph, String next, boolean lead, boolean titleVetoes) {
    // Most pairs are refused here, before the window and the stripped copies are built.
    return !plainlyEndsSentence(paragraph) && readsFully(paragraph, next, lead, titleVetoes);
  }

  /** {@link #readsOn} without its quick refusal, for the test that holds the two together. */
  static boolean readsFully(CharSequence paragraph, String next, boolean lead, boolean titleVetoes) {
    String a = window(paragraph).strip();
    String b = next.strip();
    if (a.isEmpty() || b.isEmpty() || !Punctuation.endsMidSentence(a) || a.equals(b)) {
      return false;
    }
    char last = a.charAt(a.length() - 1);
    if (CLOSED_END.matches(last) || opensParagraph(a, b) || (titleVetoes && readsAsTitle(b))) {
      return false;
    }
    Scripts.LetterCounts ofB = Scripts.count(b);
    Scripts.LetterCounts pair = lettersOf(a, b, ofB);
    if (!Scripts.isCjk(last) && pair.latin() > pair.cjk()) {
      return latinGoesOn(a, b);
    }
    return cjkGoesOn(a, b, ofB, lead);
  }

  /**
   * The letters of {@code a + b} (both not empty), given those of {@code b}, without joining them:
   * a surrogate pair across the seam is one letter, so only then are they counted joined. Pinned
   * against the count of the joined text by {@code CutEvidenceTest}.
   */
  static Scripts.LetterCounts lettersOf(String a, String b, Scripts.LetterCounts ofB) {
    if (Character.isHighSurrogate(a.charAt(a.length() - 1)) && Character.isLowSurrogate(b.charAt(0))) {
      return Scripts.count(a + b);
    }
    return Scripts.count(a).plus(ofB);
  }

  /**
   * True when the last character of {@code paragraph} other than white space is a sentence-final
   * mark inside the part of it that {@link #window} keeps: then the window ends a sentence too, and
   * no rule reads on. {@code …建成投用。 } yes; {@code …建成投用。”} (a closer after the mark), {@code
   * …示范带动、} and a blank text no: those go to the full reading. The same answer as the full
   * reading wherever it says yes (pinned by {@code
   * CutEvidenceTest.plainSentenceEndRefusesOnlyWhatTheFullReadingRefuses}).
   */
  static boolean plainlyEndsSentence(CharSequence paragraph) {
    int n = paragraph.length();
    int i = n - 1;
    while (i >= 0 && Character.isWhitespace(paragraph.charAt(i))) {
      i--;
    }
    return i >= 0 && i >= n - WINDOW_TAIL && Punctuation.isSentenceFinal(paragraph.charAt(i));
  }

  /**
   * The paragraph as the rules read it: all of it, or for a long one its opening and its end, with
   * a full stop between (a paragraph that long is running text), so that a long run of joins costs
   * linear time.
   */
  private static String window(CharSequence paragraph) {
    int n = paragraph.length();
    if (n <= LONG_PARAGRAPH) {
      return paragraph.toString();
    }
    return paragraph.subSequence(0, WINDOW_HEAD) + "。" + paragraph.subSequence(n - WINDOW_TAIL, n);
  }

  /**
   * A short block with no sentence-final mark, no semicolon and at most one comma is a headline, a
   * subheading or a credit line, not the rest of a cut sentence, which ends the paragraph with its
   * full stop: {@code "柳溪县召开春耕
   * 调度会"}, {@code "Story by Ann Reyes"}.
   */
  private static boolean readsAsTitle(String b) {
    if (Punctuation.endOfLastSentence(b) >= 0 || SEMICOLONS.matchesAnyOf(b) || COMMAS.countIn(b) > 1) {
      return false;
    }
    Scripts.LetterCounts letters = Scripts.count(b);
    if (letters.cjk() * 3 >= letters.latin()) {
      return letters.cjk() < TITLE_CJK;
    }
    return b.split("\\s+").length < TITLE_WORDS;
  }

  /** The second block opens a paragraph of its own: a list item, a caption, a bracketed credit. */
  private static boolean opensParagraph(String a, String b) {
    char first = b.charAt(0);
    return LIST_ITEM.matcher(b).lookingAt()
        || CAPTION.matcher(b).lookingAt()
        || first == '【'
        || first == '〔'
        || first == '['
        || first == '［'
        || (DATED.matcher(a).lookingAt() && DATED.matcher(b).lookingAt());
  }

  /**
   * Latin text goes on after a hyphenated word, into a lower-case word or a dash clause, after a
   * comma or a function word, or, in running text, from a capitalised word into one that does not
   * open sentences ({@code "…Mayor Drew" + "Dilkens said…"}). A lower-case word before a capital
   * is not enough: a truncated paragraph followed by a headline looks the same.
   */
  private static boolean latinGoesOn(String a, String b) {
    if (Joint.isHyphenatedBreak(a, b)) {
      return true;
    }
    if (a.chars().noneMatch(Character::isLowerCase) || a.endsWith(":")) {
      return false;
    }
    int first = b.codePointAt(0);
    if (Character.isLowerCase(first) || a.endsWith(",") || DASH_CLAUSE.matcher(b).lookingAt()) {
      return true;
    }
    Matcher lastWord = LAST_WORD.matcher(a);
    if (!lastWord.find()) {
      return false;
    }
    String word = lastWord.group(1);
    if (FUNCTION_WORDS.contains(word)) {
      return true;
    }
    Matcher firstWord = FIRST_WORD.matcher(b);
    return firstWord.lookingAt()
        && (a.split("\\s+").length >= NAME_SPAN_WORDS || LATIN_SENTENCE.matcher(a).find())
        && isCapitalised(word)
        && isCapitalised(firstWord.group(1))
        && !SENTENCE_OPENERS.contains(firstWord.group(1).toLowerCase(Locale.ROOT))
        && !LATIN_CREDIT.matcher(a).find();
  }

  private static boolean isCapitalised(String word) {
    return Character.isUpperCase(word.charAt(0))
        && word.chars().skip(1).anyMatch(Character::isLowerCase);
  }

  /**
   * CJK text goes on when the fragment ends on an open clause mark, when the next block opens with
   * a comma, when the fragment holds a finished sentence or a comma after a short opener, or when it
   * is too long for a title; never out of a caption, a credit, a sub-headline or a spaced title.
   */
  private static boolean cjkGoesOn(String a, String b, Scripts.LetterCounts next, boolean lead) {
    if (next.latin() > next.cjk() && b.charAt(0) < 0x80 && Character.isUpperCase(b.charAt(0))) {
      return false;
    }
    if (CONTINUING_START.matches(b.charAt(0))) {
      return true;
    }
    String tail = tailAfterLastSentence(a);
    boolean holdsSentence = tail.length() < a.length();
    if ((holdsSentence && CAPTION.matcher(tail).lookingAt())
        || (holdsSentence && BylineDetector.isAgency(tail))
        || (tail.length() < 25 && tail.indexOf(' ') >= 0 && COMMAS.matchesNoneOf(tail) && SPACED_CJK.matcher(tail).find())
        || DATELINE.matcher(b).lookingAt()
        || a.startsWith("——")
        || a.startsWith("--")) {
      return false;
    }
    char last = a.charAt(a.length() - 1);
    if (CAPTION.matcher(a).lookingAt() || endsWithCredit(a)) {
      // A caption goes on only when it plainly stops in mid-clause or inside a quote.
      return OPEN_END.matches(last) || (!holdsSentence && opensQuote(a));
    }
    if (!holdsSentence && a.length() < 30 && COMMAS.matchesNoneOf(a) && ROLE.matcher(a).find()) {
      return false;
    }
    if (OPEN_END.matches(last)) {
      return true;
    }
    if (!holdsSentence
        && isListOfShortItems(a)
        && !BINDING_END.matches(last)
        && !BINDING_START.matches(b.charAt(0))) {
      // A run of names or short words set off by 、 that ends on an item is a whole list, such
      // as the rest of a caption's names; nothing says the next block goes on with it. A list
      // that ends on a word binding it to what follows (…何川东等, …何川东的, …何川东和) or a block
      // that opens on one (等十多位…, 们…) still reads on.
      return false;
    }
    if (holdsSentence || a.length() >= SHORT_CJK || NO_TITLE_ENDS.matches(last)) {
      return true;
    }
    if (lead && !LEAD_TITLE.matcher(a).lookingAt()) {
      // What followed a dateline is the lead's first sentence, not a heading.
      return true;
    }
    if (opensQuote(a)) {
      return true;
    }
    // A title may hold one comma between two balanced halves (一次远行,两代心愿); a fragment of a
    // sentence holds a short opener before its comma, a second comma, or more text than a title.
    int comma = COMMAS.indexIn(a);
    return comma >= 0 && (comma <= 3 || COMMAS.countIn(a) > 1 || a.length() >= SHORT_CJK_WITH_COMMA);
  }

  /**
   * True when {@code a} is nothing but three or more items of one to {@link #LIST_ITEM_MAX} CJK
   * characters set off by {@code 、}: {@code 明远、韦青禾、许晴雯、何川东} (the rest of a caption's list
   * of names) yes; {@code 村里修了路、桥和水渠} (a clause around its list) and {@code 林一舟、许晴} (two
   * items) no. Pinned by {@code CutEvidenceTest.aWholeListOfShortItemsDoesNotGoOnIntoTheNextBlock}.
   */
  static boolean isListOfShortItems(String a) {
    int items = 0;
    int length = 0;
    for (int i = 0; i < a.length(); i++) {
      char c = a.charAt(i);
      if (c == '、') {
        if (length == 0) {
          return false;
        }
        items++;
        length = 0;
      } else if (Character.isIdeographic(c) && ++length <= LIST_ITEM_MAX) {
        continue;
      } else {
        return false;
      }
    }
    return length > 0 && items + 1 >= 3;
  }

  /** Characters that bind the end of a list to what follows: {@code 等 和 与 及}, and those no title ends on. */
  private static final CharMatcher BINDING_END = CharMatcher.anyOf("等和与與及的于於以把被最").precomputed();

  /** Characters that open the rest of a list's sentence: {@code 等十多位老同事}, {@code 们}. */
  private static final CharMatcher BINDING_START = CharMatcher.anyOf("等们們").precomputed();

  /** The longest item, in CJK characters, of a list that {@link #isListOfShortItems} reads: a name with its title. */
  private static final int LIST_ITEM_MAX = 4;

  /**
   * Whether {@link #CREDIT_END} finds a credit at the end of {@code a}, searched only in its last
   * four characters before the trailing white space and line ends: the longest credit word has
   * three characters and a bracket may follow it; starting the search early never changes a yes. {@code …李青 摄 } and {@code …（資料照）} end with one, {@code
   * 摄影师谈构图。} does not. The same answer as a search of the whole text (pinned by {@code
   * CutEvidenceTest.creditEndSearchesOnlyTheEnd}), without trying the pattern at every position
   * of a long paragraph.
   */
  static boolean endsWithCredit(String a) {
    int end = a.length();
    while (end > 0 && isPatternSpace(a.charAt(end - 1))) {
      end--;
    }
    return CREDIT_END.matcher(a).region(Math.max(0, end - 4), a.length()).find();
  }

  /** The white space of {@code \\s} in a pattern compiled without flags, and the line ends {@code $} skips. */
  private static boolean isPatternSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
        || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  /** Whether {@link #CREDIT_END} finds a credit anywhere in {@code a}, for tests. */
  static boolean creditEndFound(String a) {
    return CREDIT_END.matcher(a).find();
  }

  /** True when the text opens more quotes or brackets than it closes: {@code "“比邮差多走了一段山路"}. */
  private static boolean opensQuote(String a) {
    return count(a, '“') > count(a, '”')
        || count(a, '「') > count(a, '」')
        || count(a, '《') > count(a, '》')
        || count(a, '（') > count(a, '）')
        || count(a, '(') > count(a, ')');
  }

  private static int count(String text, char c) {
    return CharMatcher.is(c).countIn(text);
  }

  /** The text after the last sentence-final mark and its closing quotes, or all of it. */
  private static String tailAfterLastSentence(String a) {
    int end = FINAL.lastIndexIn(a);
    if (end < 0) {
      return a;
    }
    end++;
    while (end < a.length() && Punctuation.isCloser(a.charAt(end))) {
      end++;
    }
    return a.substring(end).strip();
  }
}
