package dev.newstidy.segment;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import dev.newstidy.model.Article;
import dev.newstidy.model.Byline;
import dev.newstidy.model.Flag;
import dev.newstidy.model.Metadata;
import dev.newstidy.model.Part;
import dev.newstidy.model.Removal;
import dev.newstidy.model.SourceSpan;
import dev.newstidy.model.Warning;
import dev.newstidy.stage.byline.BylineDetector;
import dev.newstidy.stage.repair.BrokenParagraphJoiner;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The article the segmenter is building; it becomes an immutable {@link Article} when it ends. */
final class ArticleDraft {
  final String title;
  String subtitle;
  /** Every byline read for this article, in order; merged into one when the article ends. */
  private final List<Byline> bylines = new ArrayList<>();

  /** The bylines of {@link #bylines} read from a caption's photo credit, which stays in the caption. */
  private final List<Byline> captionCredits = new ArrayList<>();

  /**
   * True when the article's headline, its text so far or {@code paragraph} (the text the name is
   * glued to) names {@code name} in a sentence, not in a credit: {@code 林一舟扎根山村三年间} or
   * {@code …由林一舟到山村蹲点…} name the story's subject. A mention after any role the byline reader
   * knows ({@code 记者 林一舟}, {@code 本报讯(通讯员 林一舟)}, {@code 实习生林一舟}, {@code 摄影 林一舟};
   * {@link BylineDetector#endsWithARole}) or before a photo credit's {@code 摄} ({@code 图为现场 林一舟
   * 摄}) names a writer and does not count, nor does any mention of a name the article already
   * credits (its bylines, caption credits included). Example, pinned by {@code
   * ArticleSegmenterTest.gluedNameOfTheStorysSubjectIsNoByline}: {@code
   * …县委决定由林一舟到山村蹲点。林一舟} in a story about 林一舟 is the start of a sentence that a
   * page break cut.
   */
  boolean namesInItsText(String name, String paragraph) {
    for (Byline credited : bylines) {
      if (credited.names().contains(name)) {
        return false;
      }
    }
    if (mentions(title, name) || mentions(paragraph, name)) {
      return true;
    }
    for (Part part : body) {
      if (mentions(part.text(), name)) {
        return true;
      }
    }
    return false;
  }

  private static boolean mentions(String text, String name) {
    if (text == null || name.isEmpty()) {
      return false;
    }
    for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      String before = ROLE_MARKS.matcher(text.substring(Math.max(0, at - ROLE_WINDOW), at)).replaceAll("");
      if (!BylineDetector.endsWithARole(before) && !photoCreditAt(text, at + name.length())) {
        return true;
      }
    }
    return false;
  }

  /** How many characters before a name are read for a role: {@code 本报首席记者} and a few spaces. */
  private static final int ROLE_WINDOW = 12;

  /** Spaces and a colon between a role and its name: {@code 记者  林一舟}, {@code 编辑:林一舟}. */
  private static final Pattern ROLE_MARKS = Pattern.compile("[\\s\u3000:：]+$");

  /**
   * True when a photo credit's role follows at {@code from}, after any white space: {@code 林一舟 摄},
   * {@code 林一舟摄影}, {@code 林一舟攝}. A scan, so that no copy of the rest of the text is made.
   */
  private static boolean photoCreditAt(String text, int from) {
    int i = from;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i < text.length() && (text.charAt(i) == '摄' || text.charAt(i) == '攝');
  }

  /**
   * The cohesion terms of this article's texts, each cut once: every Chinese candidate after a part
   * reads the part's terms again ({@link RecurringTopic}), and a text gives the same terms each time.
   */
  private final Map<String, TermSet> termsByText = new HashMap<>();

  /** The cohesion terms of {@code text}, one of this article's, as {@link LexicalCohesion#terms} cuts them. */
  TermSet termsOf(String text) {
    return termsByText.computeIfAbsent(text, LexicalCohesion::terms);
  }

  /** Bare-name lines read as bylines so far, in case the same name stands again as a label. */
  private final List<NameLine> nameLines = new ArrayList<>();

  /** Names found to be speakers' labels: their lines stay in the text. */
  private final Set<String> speakers = new HashSet<>();

  final List<Part> body = new ArrayList<>();
  final List<Removal> removed = new ArrayList<>();
  final List<Warning> warnings = new ArrayList<>();
  final EnumSet<Flag> flags = EnumSet.noneOf(Flag.class);
  SourceSpan span;
  Metadata metadata = Metadata.NONE;

  /** True right after the headline, while a sub-headline may still follow. */
  boolean awaitingSubtitle;

  /** True once a closing byline was read: the next block starts a new article unless it continues. */
  boolean closed;

  /** How this article's section lead-ins are set, or null before the first. */
  LeadIn.Style sectionStyle;

  /** The most blank lines seen between two blocks of this article, as evidence for plain headlines. */
  int widestGap;

  ArticleDraft(String title, SourceSpan span) {
    this.title = title;
    this.span = span;
    this.awaitingSubtitle = title != null;
    if (title == null) {
      flags.add(Flag.UNTITLED);
    }
  }

  void extend(SourceSpan more) {
    span = span.through(more);
  }

  void addByline(Byline found) {
    glued = null;
    bylines.add(found);
  }

  /**
   * Remembers that bare names glued after the last sentence of the paragraph just added ({@code
   * text} before the cut) closed the article, in case the text after them shows that it goes on.
   */
  void rememberGluedNames(Byline found, String text) {
    glued = new GluedNames(found, text, body.size() - 1);
  }

  /**
   * Puts bare names glued after a paragraph back into it when the article goes on after them: they
   * did not close it. A closing byline ends its article, so names in mid-article with no role and
   * no brackets are the words a page break cut off a sentence ({@code …新桥连着甘雨站} / {@code
   * 前的广场…}) or the next sentence's subject ({@code …码头和展厅。甘雨站} / {@code 在码头门口…}),
   * and the joiner may then mend the cut. Only one name, and only when {@code next}, the block after
   * it, reads on from it as the joiner reads a cut ({@link BrokenParagraphJoiner#readsOnAcrossBreak}):
   * several names ({@code …码头和展厅。周 舟 韦青禾}) are a credit even when the next story shares
   * the topic. Example, pinned by {@code
   * ArticleSegmenterTest.gluedBareNameBeforeTextThatGoesOnStaysInTheText}. A role ({@code 记者
   * 林一舟}), a photo credit or brackets ({@code (林一舟)}) keep the credit.
   */
  void reopenGluedNames(String next) {
    if (glued == null
        || glued.byline().credits().size() != 1
        || !BrokenParagraphJoiner.readsOnAcrossBreak(glued.text(), next)) {
      return;
    }
    Byline names = glued.byline();
    bylines.removeIf(b -> b == names);
    Part cut = body.get(glued.at());
    body.set(glued.at(), Part.paragraph(glued.text(), cut.span()));
    glued = null;
  }

  /** Bare names glued after the paragraph at {@code at}, whose text before the cut was {@code text}. */
  private record GluedNames(Byline byline, String text, int at) {}

  /** The glued bare names that closed the article last, or null once anything else was credited. */
  private GluedNames glued;

  /** A photo credit that stays in its caption ({@code …开幕 柳明川 摄}) and is credited in the byline too. */
  void addCaptionCredit(Byline found) {
    glued = null;
    bylines.add(found);
    captionCredits.add(found);
  }

  /**
   * Takes a line that reads as one bare name ({@code 柳明川}) after the article's text began. The
   * first time it is a byline, as a closing name is; when the same name stands on a line of its own
   * again, both were a speaker's labels in a transcript or an interview, and every such line goes
   * back into the text where it stood. Pinned by {@code
   * ArticleSegmenterTest.nameRepeatedOnLinesOfItsOwnIsASpeakerLabelNotAByline}; a name that stands
   * once stays a byline.
   *
   * @return true when the line went into the text as a label
   */
  boolean takeNameLine(String text, Byline found, SourceSpan where) {
    glued = null;
    String name = text.strip();
    if (speakers.contains(name)) {
      body.add(Part.paragraph(text, where));
      return true;
    }
    for (int i = 0; i < nameLines.size(); i++) {
      NameLine earlier = nameLines.get(i);
      if (earlier.name().equals(name)) {
        nameLines.remove(i);
        bylines.remove(earlier.byline());
        body.add(earlier.at(), Part.paragraph(earlier.name(), earlier.where()));
        // The lines remembered after it stood further down: one part more now stands before them.
        nameLines.replaceAll(n -> n.at() > earlier.at() ? new NameLine(n.name(), n.byline(), n.where(), n.at() + 1) : n);
        speakers.add(name);
        body.add(Part.paragraph(text, where));
        return true;
      }
    }
    nameLines.add(new NameLine(name, found, where, body.size()));
    bylines.add(found);
    return false;
  }

  /** A bare-name line read as a byline, and where in the body it stood. */
  private record NameLine(String name, Byline byline, SourceSpan where, int at) {}

  /**
   * True for a caption credit whose text another byline of the article already holds: the closing
   * line {@code 记者 韦青禾 柳明川 摄} and the caption {@code 新桥通车 柳明川 摄} give the byline
   * {@code 记者 韦青禾 柳明川 摄}, not {@code 柳明川 摄 记者 韦青禾 柳明川 摄}. The credit stays in its
   * caption either way, so nothing is lost; and the text output, which writes the byline as the
   * article's last line, reads back with the same byline. A caption credit that no other byline
   * holds ({@code 江小帆 摄} beside {@code 记者 韦青禾}) stays in the byline. Pinned by {@code
   * ArticleSegmenterTest.captionCreditThatTheClosingBylineHoldsIsCreditedOnce}.
   */
  private boolean isRepeatedCaptionCredit(Byline found) {
    if (captionCredits.stream().noneMatch(c -> c == found)) {
      return false;
    }
    for (Byline other : bylines) {
      if (other != found && other.text().contains(found.text())
          && (captionCredits.stream().noneMatch(c -> c == other) || other.text().length() > found.text().length())) {
        return true;
      }
    }
    return false;
  }

  /** The last body part, or null. */
  Part lastPart() {
    return body.isEmpty() ? null : body.get(body.size() - 1);
  }

  Article build() {
    if (body.stream().noneMatch(Part::isParagraph)) {
      // A headline whose every paragraph was a repeat, or a document of nothing but repeats.
      flags.add(Flag.EMPTY);
    }
    Byline byline = null;
    for (Byline found : bylines) {
      if (!isRepeatedCaptionCredit(found)) {
        byline = byline == null ? found : byline.plus(found);
      }
    }
    return new Article(
        title,
        subtitle,
        byline,
        ImmutableList.copyOf(body),
        Sets.immutableEnumSet(flags),
        span,
        ImmutableList.copyOf(removed),
        ImmutableList.of(),
        ImmutableList.copyOf(warnings),
        metadata);
  }
}
