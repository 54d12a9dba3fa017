package dev.newstidy.segment;

import dev.newstidy.model.Block;
import dev.newstidy.model.Byline;
import dev.newstidy.stage.byline.BylineDetector;
import java.util.regex.Pattern;

/**
 * How a byline or credit reads to the segmenter: bare names, one bare name alone on its line, a
 * byline glued after a paragraph, a credit or sub-headline under a line. A null detector ({@code
 * --no-byline}) finds no byline.
 */
final class CreditRules {
  private CreditRules() {}

  /** {@code 林一舟、许晴} yes: names with no role; {@code 记者 林一舟} and {@code 林一舟 摄} no. */
  static boolean isBareNames(Byline byline) {
    return byline.credits().stream().allMatch(c -> c.role() == null);
  }

  /**
   * {@code 林一舟 许晴} and {@code 溪口县委} yes: names or a body with no role and no brackets; {@code
   * (林一舟)}, {@code 〔林一舟〕} and {@code 记者 林一舟} no. A bracketed name is a credit as papers set
   * one; unbracketed bare names glued after a sentence are a credit only where they end the text.
   */
  static boolean isUnbracketedBareNames(Byline byline) {
    String t = byline.text().strip();
    return isBareNames(byline) && !t.isEmpty() && OPENING_BRACKETS.indexOf(t.charAt(0)) < 0;
  }

  /** Brackets that open a credit: {@code (林一舟)}, {@code 【记者 林一舟】}, {@code 〔林一舟〕}. */
  private static final String OPENING_BRACKETS = "(（【〔[［";

  /**
   * True when bare names glued after a paragraph's last sentence stand before a block that opens on
   * a clause mark: a page break cut that sentence, and the "names" are its words. Example, pinned
   * by {@code ArticleSegmenterTest.bodyGluedBeforeABlockThatOpensOnAClauseMarkIsNoByline}: {@code
   * …一同参观。溪口县委常委} then {@code 、宣传部部长林一舟等陪同。} is one sentence, no credit. A
   * role ({@code …一同参观。记者 林一舟}) still credits.
   */
  static boolean isCutBeforeAClause(Byline glued, Block next) {
    return next != null
        && next.markup() == Block.Markup.NONE
        && isUnbracketedBareNames(glued)
        && BylineDetector.opensOnAnOpenClause(next.text());
  }

  /**
   * True when bare names glued after the last sentence name the story's subject, not its writer:
   * every one of them stands in the article's headline, its text before or the sentences they are
   * glued to ({@code …新桥连着甘雨站前的广场和东岭村。甘雨站}: a cut word, see {@link
   * ArticleDraft#namesInItsText}). A writer's name is in the byline, not in the story.
   */
  static boolean namesTheSubject(BylineDetector.Split glued, ArticleDraft current) {
    Byline names = glued.byline();
    return current != null
        && isUnbracketedBareNames(names)
        && !names.names().isEmpty()
        && names.names().stream().allMatch(name -> current.namesInItsText(name, glued.body()));
  }

  /** {@code 柳明川} yes; {@code 记者 柳明川}, {@code 柳明川 韦青禾} and {@code 柳明川 摄} no. */
  static boolean isOneBareName(Byline byline, String text) {
    return byline.credits().size() == 1
        && byline.credits().get(0).role() == null
        && byline.credits().get(0).name().equals(text.strip());
  }

  /**
   * True when {@code block} reads whole as one bare name and nothing more ({@code 柳明川}): a
   * closing byline, a speaker's label, or a caption that happens to spell a name ({@code 舒心},
   * {@code 安然}: a surname and a given-name character), which only what stands around it tells
   * apart.
   */
  static boolean isOneBareNameLine(BylineDetector bylines, Block block) {
    if (bylines == null || block == null) {
      return false;
    }
    return bylines.parseWhole(block.text()).filter(b -> isOneBareName(b, block.text())).isPresent();
  }

  /** True when {@code text} ends with a byline glued after its last sentence: it closes an article. */
  static boolean hasGluedByline(BylineDetector bylines, String text) {
    return bylines != null && bylines.findTrailing(text).isPresent();
  }

  /**
   * A desk's credit alone on its line, the paper's name before the role: {@code Ledger Staff
   * Writer}, {@code HERALD STAFF REPORTER}, {@code Staff Writer}. It credits nobody by name, so it
   * is no byline, but papers set it where a byline stands: under the headline.
   */
  private static final Pattern DESK_CREDIT =
      Pattern.compile("^(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}(?i:staff\\s+(?:writer|reporter|correspondent)s?)$");

  /**
   * A wire service's name alone on its line, perhaps with the place after a bar: {@code Associated
   * Press}, {@code Press Trust of India | Pune}, {@code Reuters}. Wire copy carries it where a
   * byline stands; an agency alone credits nobody, so it is no byline either.
   */
  private static final Pattern WIRE_LINE =
      Pattern.compile(
          "^(?:The\\s+)?(?:Associated Press|Reuters|AP|AFP|Agence France-Presse|Press Trust of India|PTI|IANS"
              + "|United Press International|UPI|Canadian Press|Australian Associated Press|AAP)"
              + "(?:\\s*[|｜]\\s*\\p{Lu}[\\p{L} .'’-]{1,30})?$");

  /**
   * A {@code ——} sub-headline line, a whole-line byline or a wire service's line ({@link
   * #isWireLine}), which may follow a plain headline. Pinned by {@code
   * ArticleSegmenterTest.headlineOverAWireLineOpensAnArticle} and, for a sentence that names an
   * agency, {@code …subheadingOverASentenceNamingAnAgencyStaysInTheArticle}.
   */
  static boolean isSubtitleOrByline(BylineDetector bylines, Block next) {
    if (next == null) {
      return false;
    }
    return next.markup() == Block.Markup.DASH_LINE
        || (bylines != null && bylines.parseWhole(next.text()).isPresent())
        || isWireLine(next.text());
  }

  /**
   * {@code Ledger Staff Writer} and {@code METRO STAFF REPORTER} yes; {@code Jane Porter, Staff
   * Writer} (a named credit, read as a byline), {@code The staff writer who broke the story} and
   * {@code Staff writers walked out on Monday.} no.
   */
  static boolean isDeskCredit(String text) {
    return DESK_CREDIT.matcher(text.strip()).matches();
  }

  /**
   * {@code Associated Press}, {@code Press Trust of India | Pune} and {@code Reuters} yes; {@code
   * Associated Press reported the vote on Monday.}, {@code Reuters and AP} and {@code AP Calculus
   * scores rose} no.
   */
  static boolean isWireLine(String text) {
    return WIRE_LINE.matcher(text.strip()).matches();
  }
}
