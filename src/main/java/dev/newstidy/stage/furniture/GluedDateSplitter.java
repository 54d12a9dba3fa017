package dev.newstidy.stage.furniture;

import com.google.common.collect.ImmutableList;
import dev.newstidy.model.Block;
import dev.newstidy.model.TextLine;
import dev.newstidy.text.Punctuation;
import dev.newstidy.text.Scripts;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a date that a scraper glued to a line of a page into a block of its own, so that the date
 * line and the text are judged apart ({@link PageLineSplitter}).
 *
 * <p>Examples, pinned by {@code PageChromeTriageTest}: {@code March 2, 2024|By JANE MORROW} gives
 * {@code March 2, 2024|} and {@code By JANE MORROW}; {@code 青石镇新桥通车09:29:29} gives the headline
 * and the time; {@code 会议定于2024-03-02召开。}, a date inside a sentence, is left whole.
 */
final class GluedDateSplitter {
  private GluedDateSplitter() {}

  /** A date, with its time, opening a line before other text: {@code 2024-03-02 10:30 | 青石镇…}. */
  private static final Pattern LEADING_DATE =
      Pattern.compile(
          "^(?i:date\\s+)?(?:\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}|\\d{4}年\\d{1,2}月\\d{1,2}日"
              + "|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2},?\\s+\\d{4})"
              + "(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?\\s*[|｜?？]?\\s*(?=\\S)");

  /** A key and its colon opening a metadata line: {@code 来源:}, {@code Source:}. */
  private static final Pattern KEY_OPENING = Pattern.compile("^[\\p{IsHan}A-Za-z ]{1,10}[:：]");

  /** A date or a time glued to the end of a short line: {@code 青石镇新桥通车09:29:29}. */
  private static final Pattern TRAILING_DATE =
      Pattern.compile("\\s*(?:\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?|\\d{1,2}:\\d{2}:\\d{2})$");

  /**
   * A date stamp with its key glued to the end of a line: {@code Council backs plan Submitted:
   * 03/02/2024}, {@code … Posted: March 2, 2024 10:30 am}.
   */
  private static final Pattern TRAILING_STAMP =
      Pattern.compile(
          "\\s+(?i:submitted|posted|published|updated|last updated)\\s*:?\\s*"
              + "(?:\\d{1,2}/\\d{1,2}/\\d{2,4}|\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}|\\p{Lu}\\p{Ll}{2,8}\\.?\\s+\\d{1,2},?\\s+\\d{4})"
              + "(?:,?\\s+\\d{1,2}:\\d{2}(?::\\d{2})?\\s*(?:[AaPp]\\.?[Mm]\\.?)?)?\\s*$");

  /**
   * Cuts a date off the start of a line ({@code March 2, 2024|By JANE MORROW} gives {@code March 2,
   * 2024|} and {@code By JANE MORROW}), a keyed date stamp off the end of one ({@code Council backs
   * plan Submitted: 03/02/2024}) or a date off the end of a short one ({@code 青石镇新桥通车09:29:29}),
   * as two blocks on the same line, so that each is judged on its own. False when there is none.
   */
  static boolean splitDate(Block block, List<Block> out) {
    String text = block.text();
    Matcher leading = LEADING_DATE.matcher(text);
    int cut = -1;
    if (leading.lookingAt()) {
      String rest = text.substring(leading.end());
      Scripts.LetterCounts letters = Scripts.count(rest);
      // A date before keys (2024-03-02 来源:临江日报) is a metadata line as a whole.
      if (letters.cjk() + letters.latin() >= 2 && !KEY_OPENING.matcher(rest).lookingAt()) {
        cut = leading.end();
      }
    } else if (text.length() <= 200 && TRAILING_STAMP.matcher(text).find()) {
      Matcher stamp = TRAILING_STAMP.matcher(text);
      stamp.find();
      Scripts.LetterCounts letters = Scripts.count(text.substring(0, stamp.start()));
      if (letters.cjk() + letters.latin() >= 4) {
        cut = stamp.start();
      }
    } else if (text.length() <= 60 && !Punctuation.endsSentence(text)) {
      Matcher trailing = TRAILING_DATE.matcher(text);
      if (trailing.find() && trailing.start() > 0) {
        String head = text.substring(0, trailing.start());
        Scripts.LetterCounts letters = Scripts.count(head);
        if (letters.cjk() + letters.latin() >= 4) {
          cut = trailing.start();
        }
      }
    }
    if (cut <= 0) {
      return false;
    }
    int number = block.span().firstLine();
    String first = text.substring(0, cut).strip();
    String second = text.substring(cut).strip();
    out.add(new Block(first, block.span(), block.blankLinesBefore(), 1, Block.Markup.NONE, block.warnings(),
        ImmutableList.of(new TextLine(number, first))));
    out.add(new Block(second, block.span(), 0, 1, Block.Markup.NONE, ImmutableList.of(),
        ImmutableList.of(new TextLine(number, second))));
    return true;
  }
}
