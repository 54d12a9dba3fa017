package dev.newstidy.stage.dedup;

import static com.google.common.base.Preconditions.checkArgument;

import dev.newstidy.model.Block;
import dev.newstidy.model.DroppedBlock;
import dev.newstidy.model.Piece;
import dev.newstidy.model.Removal;
import dev.newstidy.model.RemovalReason;
import dev.newstidy.model.SourceSpan;
import dev.newstidy.text.Punctuation;
import java.util.Optional;

/**
 * Removes a body block whose normalised text the run has already seen, in any input; the first
 * occurrence wins. It works on blocks as scraped, before any join, so that a repeated half of a
 * paragraph cut by a page break is still caught. Headline and sub-headline lines are never removed,
 * and blocks shorter than the minimum are exempt: short lines (a name, {@code 图为…}) repeat by
 * nature; so are fragments of a cut sentence under {@link #FRAGMENT_MIN} characters, unless repeated
 * in place.
 *
 * <p>A body block that repeats the document's last headline goes as a repeat of the headline's line,
 * as it would if the headline were a plain line: the text output writes the headline as one, so a
 * page whose headline a chrome line or a date was cut from, read again from that output, would
 * otherwise lose the repeat only then. Example, pinned by {@code RepeatedParagraphRemoverTest}:
 * headline {@code 溪口大桥今日正式通车两岸村民出行更方便了} (line 1), body blocks {@code 据悉…} (line 3)
 * and the headline's text again (line 5) give the first body block and a dropped block whose removal
 * names line 5 and first seen at line 1. A short headline's repeat goes only right under it, as a
 * doubled short block does.
 *
 * <p>Example, pinned by {@code RepeatedParagraphRemoverTest}: blocks {@code A}, {@code B}, {@code B}
 * (lines 1, 3, 5) give {@code A}, {@code B} and a dropped block whose removal names line 5 and first
 * seen at line 3. With a {@link NearDuplicateIndex}, a block that is no exact repeat but a near copy
 * of an earlier one is removed for reason {@code near-duplicate}, with its similarity.
 */
public final class RepeatedParagraphRemover {
  /**
   * Shortest fragment of a cut sentence that is removed as a repeat of a block further back than the
   * last few. A short half sentence ({@code the two-day drive, organizers said.}) can match another
   * article's by chance, and removing it takes half a sentence out of the text; a long one cannot,
   * and a short one repeated in place (within {@link #RECENT} blocks) or inside a run of repeats (a
   * page or dump seen before) is a scraper's repeat.
   */
  static final int FRAGMENT_MIN = 60;

  /** How many blocks back an in-place repeat stands: a repeat among them is removed even if short. */
  private static final int RECENT = 4;

  /**
   * Shortest block, in normalised characters, removed when it repeats the block right before it,
   * even under the minimum length: a scraper's doubled caption ({@code 图为溪口大桥。 甘雨桐 摄}
   * twice running) or doubled speaker's label ({@code 柳明川}) is no text said twice. Shorter ones
   * ({@code 好!}, {@code 对。}) stay: a short reply may well be said twice.
   */
  static final int DOUBLED_MIN = 3;

  /** The fingerprint and span of the body block just before, of any length; span null when none. */
  private long previousPrint;

  private SourceSpan previousSpan;

  private final long[] recent = new long[RECENT];
  private int recentCount;
  /** True while the body blocks just before were repeats: a fragment within such a run goes too. */
  private boolean inRepeatedRun;

  private final ParagraphIndex index;
  private final int minChars;
  private final boolean keep;
  private final NearDuplicateIndex near;
  private boolean afterHeadline;

  /**
   * The fingerprint and span of the document's last headline when it is long enough to be removed
   * as a repeat; span null when none.
   */
  private long headlinePrint;

  private SourceSpan headlineSpan;

  /**
   * @param minChars blocks with fewer normalised characters than this are never removed
   */
  public RepeatedParagraphRemover(ParagraphIndex index, int minChars) {
    this(index, minChars, false);
  }

  /**
   * @param keep mark repeats without removing them ({@code --keep-duplicates})
   */
  public RepeatedParagraphRemover(ParagraphIndex index, int minChars, boolean keep) {
    this(index, minChars, keep, null);
  }

  /**
   * @param near the near-duplicate index, or null to look for exact repeats only
   */
  public RepeatedParagraphRemover(
      ParagraphIndex index, int minChars, boolean keep, NearDuplicateIndex near) {
    checkArgument(minChars >= 1, "minChars %s < 1", minChars);
    this.index = index;
    this.minChars = minChars;
    this.keep = keep;
    this.near = near;
  }

  /** The block itself, or a {@link DroppedBlock} when it repeats an earlier one. */
  public Piece apply(Block block) {
    return apply(block, null);
  }

  /**
   * The same, given the fingerprint of the block's text made ahead ({@link
   * ParagraphFingerprint#of}), or null to make it here: the verdict is the one {@link #apply(Block)}
   * gives (pinned by {@code RepeatedParagraphRemoverTest.printMadeAheadGivesTheSameVerdicts}).
   */
  public Piece apply(Block block, ParagraphFingerprint.Fingerprint ahead) {
    boolean subHeadline = afterHeadline && block.markup() == Block.Markup.DASH_LINE;
    afterHeadline = block.markup() == Block.Markup.HEADLINE;
    if (block.markup() == Block.Markup.HEADLINE) {
      rememberHeadline(block, ahead);
      return block;
    }
    if (block.markup().isHeadingLine() || subHeadline) {
      return block;
    }
    ParagraphFingerprint.Fingerprint print = ahead != null ? ahead : ParagraphFingerprint.of(block.text());
    if (headlineSpan != null && print.hash() == headlinePrint) {
      // The headline's text again in the body (pinned by
      // RepeatedParagraphRemoverTest.bodyBlockRepeatingTheHeadlineIsRemoved).
      previousPrint = print.hash();
      previousSpan = block.span();
      inRepeatedRun = true;
      return new DroppedBlock(
          block, new Removal(RemovalReason.DUPLICATE, block.span(), block.text(), headlineSpan, keep));
    }
    boolean doubled = previousSpan != null && previousPrint == print.hash();
    SourceSpan before = previousSpan;
    previousPrint = print.hash();
    previousSpan = block.span();
    if (print.length() < minChars) {
      if (doubled && print.length() >= DOUBLED_MIN) {
        // The same short block twice running: the second is the scraper's (pinned by
        // RepeatedParagraphRemoverTest.shortBlockRightAfterItselfIsRemoved).
        return new DroppedBlock(
            block, new Removal(RemovalReason.DUPLICATE, block.span(), block.text(), before, keep));
      }
      return block; // too short to judge; a run of repeats goes on across it
    }
    Piece result = judge(block, print);
    inRepeatedRun = result instanceof DroppedBlock;
    return result;
  }

  private Piece judge(Block block, ParagraphFingerprint.Fingerprint print) {
    long fingerprint = print.hash();
    boolean shortFragment = print.length() < FRAGMENT_MIN && isFragment(block.text());
    boolean inPlace = isRecent(fingerprint);
    remember(fingerprint);
    SourceSpan first = index.putIfAbsent(fingerprint, block.span());
    if (first == null) {
      if (near != null) {
        Optional<NearDuplicateIndex.Match> match = near.findAndAdd(block.text(), block.span());
        if (match.isPresent()) {
          return new DroppedBlock(
              block,
              new Removal(
                  RemovalReason.NEAR_DUPLICATE,
                  block.span(),
                  block.text(),
                  match.get().firstSeen(),
                  keep,
                  match.get().similarity()));
        }
      }
      return block;
    }
    if (shortFragment && !inPlace && !inRepeatedRun) {
      // Seen before, but far back and among new text: half a sentence that matches by chance.
      return block;
    }
    return new DroppedBlock(
        block, new Removal(RemovalReason.DUPLICATE, block.span(), block.text(), first, keep));
  }

  /**
   * A piece of a sentence cut by a break: it ends in mid-sentence, or it goes on a Latin sentence
   * in lower case.
   */
  static boolean isFragment(String text) {
    return Punctuation.endsMidSentence(text) || (!text.isEmpty() && Character.isLowerCase(text.codePointAt(0)));
  }

  /**
   * A headline is read as the plain line the text output makes of it: a short block right under it
   * that repeats it is doubled, and a long one is its repeat anywhere in the document after it.
   */
  private void rememberHeadline(Block headline, ParagraphFingerprint.Fingerprint ahead) {
    ParagraphFingerprint.Fingerprint print = ahead != null ? ahead : ParagraphFingerprint.of(headline.text());
    previousPrint = print.hash();
    previousSpan = print.length() >= DOUBLED_MIN ? headline.span() : null;
    headlinePrint = print.hash();
    headlineSpan = print.length() >= minChars ? headline.span() : null;
  }

  /** Forgets the headline context and the recent blocks at the end of a document. */
  public void endDocument() {
    afterHeadline = false;
    headlineSpan = null;
    previousSpan = null;
    recentCount = 0;
    inRepeatedRun = false;
  }

  private boolean isRecent(long fingerprint) {
    for (int i = 0; i < Math.min(recentCount, RECENT); i++) {
      if (recent[i] == fingerprint) {
        return true;
      }
    }
    return false;
  }

  private void remember(long fingerprint) {
    recent[recentCount % RECENT] = fingerprint;
    recentCount++;
  }
}
