package dev.newstidy.eval;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * How often each kind of layout and damage is planted. Rates per paragraph are chances for each
 * paragraph; rates per article are chances for each article.
 *
 * @param byline per article: the article credits names (glued after the last sentence in Chinese, a
 *     {@code By …} line after the headline in English)
 * @param subheadings per article: the body has in-text subheadings between paragraphs
 * @param untitled per Chinese article that ended with a byline: an untitled photo item with a
 *     glued {@code 文/图} credit follows it, three blank lines before it
 * @param cut per paragraph: a page break cuts it in mid-sentence into two blocks
 * @param hyphenated per Latin cut: the break falls inside a word, set as {@code neigh-} / {@code
 *     borhood}
 * @param repeat per uncut paragraph: the block is repeated right after itself
 * @param fragmentRepeat per cut: the second half of the cut paragraph is repeated right after itself
 * @param nearCopy per article: a copy of an earlier paragraph with one character changed is inserted
 * @param boilerplate per article: a site boilerplate line ({@code 分享到:}, {@code Read more}) is
 *     planted at the end or between paragraphs
 */
public record DamageRates(
    double byline,
    double subheadings,
    double untitled,
    double cut,
    double hyphenated,
    double repeat,
    double fragmentRepeat,
    double nearCopy,
    double boilerplate) {

  public DamageRates {
    for (double rate :
        new double[] {byline, subheadings, untitled, cut, hyphenated, repeat, fragmentRepeat, nearCopy, boilerplate}) {
      checkArgument(rate >= 0 && rate <= 1, "rate %s is not in [0, 1]", rate);
    }
  }

  /**
   * Rates in the range seen in the scraped samples: most articles credited, one paragraph in five
   * cut by a page break, a few repeats and near copies, boilerplate on one page in four.
   */
  public static DamageRates defaults() {
    return new DamageRates(0.75, 0.3, 0.15, 0.2, 0.3, 0.05, 0.25, 0.15, 0.25);
  }

  /**
   * These rates with one changed, by its component name: {@code with("boilerplate", 0)} measures
   * newstidy as if pages carried no boilerplate.
   */
  public DamageRates with(String name, double value) {
    double[] r = {byline, subheadings, untitled, cut, hyphenated, repeat, fragmentRepeat, nearCopy, boilerplate};
    String[] names = {
      "byline", "subheadings", "untitled", "cut", "hyphenated", "repeat", "fragmentRepeat", "nearCopy", "boilerplate"
    };
    int i = java.util.Arrays.asList(names).indexOf(name);
    checkArgument(i >= 0, "unknown rate %s; known: %s", name, String.join(", ", names));
    r[i] = value;
    return new DamageRates(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8]);
  }

  /** No damage at all: clean articles laid out as a dump, for checking the harness itself. */
  public static DamageRates none() {
    return new DamageRates(0.75, 0.3, 0.15, 0, 0, 0, 0, 0, 0);
  }
}
