package dev.newstidy.stage.byline;

import com.google.common.base.CharMatcher;
import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.newstidy.model.Byline;
import dev.newstidy.model.Credit;
import dev.newstidy.model.CreditKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an English credit line: {@code By A and B}, {@code Story by A}, {@code — Reuters}, {@code
 * (Reporting by A; Editing by B)}, {@code Jane Porter, Local Democracy Reporter}. The outlet that
 * follows a name is no credit ({@code By GREG LOHR Daily Press} credits GREG LOHR), and a desk or a
 * paper alone ({@code By Express News Service}) is a byline that names nobody.
 *
 * <p>Examples, pinned by {@code EnglishCreditsTest}: {@code "Written By: Ann Lee"} → [Ann Lee];
 * {@code "By TOM REYES The Harbor Ledger"} → [TOM REYES]; {@code "By Lakeside Today"} → a byline
 * with no names; {@code "(Reporting by Ann Lee; Editing by Tom Hart)"} → Ann Lee as a reporter and
 * Tom Hart as an editor; not credits: {@code "— Worried Reader"} (a letter's pen name), {@code "By
 * Monday the road was open."}.
 */
final class EnglishCredits {
  /**
   * {@code By A and B}, {@code BY A, B and C}, {@code Story by A}, {@code Written By: A}, {@code
   * Photos by A}: what the credit says the person did, and the names.
   */
  private static final Pattern BY =
      Pattern.compile(
          "^(?:(Story|Written|Words|Text|Reported|Report|Article|Photos?|Photography|Video)\\s+(?i:by)|By|BY)\\s*:?\\s+(.+)$");

  /** Roles that follow a name after a comma: {@code Managing Editor}, {@code Staff Writer}. */
  private static final Pattern ROLE =
      Pattern.compile(
          "(?i)(?:managing |senior |contributing |city |news |sports )?(?:editor|writer|reporter|correspondent|columnist|photographer)s?|staff (?:writer|reporter)s?|special to the .+");

  /** {@code Reporting by Anna Lee; Editing by Tom Hart}: a wire story's closing credits. */
  private static final Pattern WIRE_CREDIT =
      Pattern.compile("(?i)^(reporting|writing|additional reporting|editing|compiled) by\\s+(.+)$");

  /** {@code — Reuters}, {@code -- Associated Press}: a credit after a dash, alone on its line. */
  private static final Pattern DASH_CREDIT =
      Pattern.compile("^(?:—|–|--|-)\\s*([A-Z][A-Za-z .'’-]{1,40})$");

  /** {@code From staff and wire reports}, {@code From wire reports}. */
  private static final Pattern STAFF_REPORTS =
      Pattern.compile("(?i)^(?:from\\s+)?(?:staff\\s+and\\s+)?wire\\s+(?:service\\s+)?reports\\.?$");

  /**
   * A name and what the person is, with a credit's marks: {@code Jane Porter, Local Democracy
   * Reporter}, {@code Tom Hart Local democracy reporter tom.hart@example.com} (a list's dash before
   * it too: {@code - Tom Hart …}), {@code Ann Lee The Harbor Ledger | ledger.example}. Group 1 is
   * the name, 2 the rest.
   */
  private static final Pattern NAME_AND_AFFILIATION =
      Pattern.compile(
          "^(?:[-–—]\\s+)?(\\p{Lu}[\\p{L}'’.\\-]+(?:\\s+\\p{Lu}[\\p{L}'’.\\-]*){1,2}?)(?:,\\s*|\\s+)(\\p{L}[\\p{L}'’.&\\- ]{1,60}?)"
              + "(?:\\s+[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+|\\s*\\|\\s*[\\w-]+(?:\\.[\\w-]+)+)?$");

  /** The last word of what a credited person is: {@code reporter}, {@code LDR}. */
  private static final Pattern ROLE_WORD =
      Pattern.compile(
          "(?i)(?:reporter|correspondent|writer|columnist|photographer|journalist|contributor|LDR)s?");

  /** Separators between English names: {@code ", "}, {@code " and "}, {@code " & "}. */
  private static final Splitter NAMES =
      Splitter.on(Pattern.compile("\\s*,\\s*(?:and\\s+)?|\\s+and\\s+|\\s*&\\s*"))
          .omitEmptyStrings()
          .trimResults();

  /** One English name: capitalised words, initials and particles, {@code Mary-Kate O'Neil}. */
  private static final Pattern NAME =
      Pattern.compile(
          "^\\p{Lu}[\\p{L}'’.\\-]*(?:\\s+(?:(?:de|van|von|der|da|del|la|le|bin|al)\\s+)*\\p{Lu}[\\p{L}'’.\\-]*){0,3}$");

  /**
   * Words that end a paper's or a desk's name: {@code Daily Press}, {@code Global News}, {@code
   * Express News Service}, {@code Lakeside Today}.
   */
  private static final ImmutableSet<String> MASTHEAD =
      ImmutableSet.of(
          "times", "today", "news", "press", "post", "herald", "journal", "tribune", "gazette",
          "chronicle", "telegraph", "standard", "observer", "examiner", "courier", "record",
          "register", "review", "star", "sun", "mail", "express", "service", "services", "wire",
          "bureau", "desk", "staff", "network", "media", "online", "magazine", "weekly", "daily",
          "reports", "team", "bulletin", "dispatch", "ledger", "sentinel", "independent");

  /** Words that open a paper's name before a masthead word: {@code Global News}, {@code Daily Press}. */
  private static final ImmutableSet<String> OUTLET_OPENERS =
      ImmutableSet.of(
          "global", "associated", "evening", "morning", "sunday", "national", "local", "canadian",
          "united", "free", "public", "business", "financial", "new", "metro", "community");

  /**
   * A letter's pen name after a dash: {@code — Worried Reader}, {@code — Proud Grandma}, {@code —
   * Frustrated in Ohio}. A person's name never ends with one of these words.
   */
  private static final ImmutableSet<String> PEN_NAME_WORDS =
      ImmutableSet.of(
          "reader", "readers", "parent", "parents", "mom", "dad", "mother", "father", "wife",
          "husband", "neighbor", "neighbour", "fan", "resident", "taxpayer", "voter", "citizen",
          "subscriber", "friend", "grandma", "grandpa", "grandmother", "grandfather", "daughter",
          "son", "sister", "brother", "teen", "student", "widow", "anonymous", "withheld", "mum",
          "bride", "boss", "worker", "nurse", "owner", "driver", "in");

  private EnglishCredits() {}

  /** The credit that is the whole of {@code t} (stripped, non-empty), if it is one. */
  static Optional<Byline> parse(String t) {
    char first = t.charAt(0);
    if ((first == 'F' || first == 'f' || first == 'W' || first == 'w' || first == 'S' || first == 's')
        && STAFF_REPORTS.matcher(t).matches()) {
      return Optional.of(new Byline(t, ImmutableList.of(new Credit("staff and wire reports", null, CreditKind.ORGANISATION))));
    }
    if (first == '—' || first == '–' || first == '-') {
      Optional<Byline> dash = parseDash(t);
      // - Tom Hart Local democracy reporter tom.hart@example.com: a list's dash before a credit.
      return dash.isPresent() ? dash : parseNameAndAffiliation(t);
    }
    if (first == '(' && t.endsWith(")") && WIRE_CREDIT.matcher(t.substring(1)).lookingAt()) {
      // (Reporting by Anna Lee; Editing by Tom Hart)
      return parseWire(t.substring(1, t.length() - 1), t);
    }
    if (WIRE_CREDIT.matcher(t).lookingAt()) {
      return parseWire(t, t);
    }
    Matcher by = BY.matcher(t);
    if (by.matches()) {
      return parseBy(t, by.group(1), by.group(2).strip());
    }
    return parseNameAndAffiliation(t);
  }

  private static Optional<Byline> parseDash(String t) {
    Matcher dash = DASH_CREDIT.matcher(t);
    if (!dash.matches()) {
      return Optional.empty();
    }
    String name = dash.group(1).strip();
    if (Roles.isAgency(name)) {
      return Optional.of(new Byline(t, ImmutableList.of(new Credit(name, null, CreditKind.AGENCY))));
    }
    if (NAME.matcher(name).matches() && name.contains(" ") && !isPenName(name)) {
      return Optional.of(new Byline(t, ImmutableList.of(new Credit(name, null, CreditKind.PERSON))));
    }
    return Optional.empty();
  }

  /** {@code Worried Reader}, {@code Frustrated in Ohio}: any word a letter writer signs with. */
  private static boolean isPenName(String name) {
    for (String word : name.split("\\s+")) {
      if (PEN_NAME_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code Reporting by A and B; Editing by C}: each part's names with its role; editors get the
   * kind {@link CreditKind#EDITOR}, which names no author.
   */
  private static Optional<Byline> parseWire(String inner, String text) {
    List<Credit> credits = new ArrayList<>();
    for (String part : inner.split(";")) {
      Matcher m = WIRE_CREDIT.matcher(part.strip());
      if (!m.matches()) {
        return Optional.empty();
      }
      String role = m.group(1).toLowerCase(Locale.ROOT);
      CreditKind kind = role.equals("editing") ? CreditKind.EDITOR : CreditKind.PERSON;
      for (String name : NAMES.split(CharMatcher.is('.').trimTrailingFrom(m.group(2)))) {
        // Reporting by Ann Lee in Harbor City: where the person reported from is no name.
        name = IN_PLACE.matcher(name).replaceFirst("");
        if (!NAME.matcher(name).matches()) {
          return Optional.empty();
        }
        credits.add(new Credit(name, role, kind));
      }
    }
    return credits.isEmpty() ? Optional.empty() : Optional.of(new Byline(text, ImmutableList.copyOf(credits)));
  }

  private static Optional<Byline> parseBy(String t, String verb, String rest) {
    String role = verb == null || verb.startsWith("Story") || verb.startsWith("Written") ? null : verb.toLowerCase(Locale.ROOT);
    int bar = rest.indexOf('|');
    if (bar >= 0) {
      String after = rest.substring(bar + 1).strip();
      rest = rest.substring(0, bar).strip();
      if (after.isEmpty() || after.length() > 40) {
        return Optional.empty();
      }
      role = after;
    }
    List<String> names = new ArrayList<>(NAMES.splitToList(rest));
    // By Thomas Reed, Managing Editor: the last part is a role, not a name.
    if (names.size() > 1 && ROLE.matcher(names.get(names.size() - 1)).matches()) {
      role = names.remove(names.size() - 1);
    }
    if (names.isEmpty()) {
      return Optional.empty();
    }
    List<Credit> credits = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      if (i == names.size() - 1) {
        // By GREG LOHR Daily Press: the outlet after the last name is no credit.
        Optional<String> person = withoutOutlet(name);
        if (person.isPresent()) {
          name = person.get();
        } else if (names.size() == 1 && !Roles.isAgency(name) && isDesk(name)) {
          // By Lakeside Today, By Express News Service: a desk, which names nobody.
          return Optional.of(new Byline(t, ImmutableList.of()));
        }
      }
      if (!NAME.matcher(name).matches() || ARTICLE.matcher(name).lookingAt()) {
        return Optional.empty();
      }
      CreditKind kind = Roles.isAgency(name) ? CreditKind.AGENCY : CreditKind.PERSON;
      credits.add(new Credit(name, role, kind));
    }
    return Optional.of(new Byline(t, ImmutableList.copyOf(credits)));
  }

  /**
   * The person's name before an outlet, or empty when {@code name} has no outlet after it or no
   * person before it. {@code TREY DELIDA The Parthenon} → {@code TREY DELIDA} (the outlet opens with
   * The); {@code JIM SALTER Associated Press} → {@code JIM SALTER} (the case changes); {@code Ann Lee
   * Global News} → {@code Ann Lee} (a masthead word ends it).
   */
  static Optional<String> withoutOutlet(String name) {
    String[] words = name.split("\\s+");
    int cut = -1;
    for (int i = 2; i < words.length; i++) {
      if (words[i].equals("The")) {
        cut = i;
        break;
      }
    }
    if (cut < 0 && words.length > 2 && isUpper(words[0]) && isUpper(words[1])) {
      for (int i = 2; i < words.length; i++) {
        if (!isUpper(words[i])) {
          cut = i;
          break;
        }
      }
    }
    if (cut < 0 && MASTHEAD.contains(words[words.length - 1].toLowerCase(Locale.ROOT))) {
      cut = words.length - 1;
      while (cut > 0 && isOutletWord(words[cut - 1])) {
        cut--;
      }
      if (cut < 2) {
        return Optional.empty();
      }
    }
    if (cut < 2) {
      return Optional.empty();
    }
    return Optional.of(String.join(" ", java.util.Arrays.copyOfRange(words, 0, cut)));
  }

  /** Every word of {@code name} is an outlet's word, or it ends with a masthead word. */
  private static boolean isDesk(String name) {
    String[] words = name.split("\\s+");
    return words.length <= 4 && MASTHEAD.contains(words[words.length - 1].toLowerCase(Locale.ROOT));
  }

  private static boolean isOutletWord(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return MASTHEAD.contains(lower) || OUTLET_OPENERS.contains(lower);
  }

  private static boolean isUpper(String word) {
    return word.length() > 1 && CharMatcher.javaLowerCase().matchesNoneOf(word) && CharMatcher.javaUpperCase().matchesAnyOf(word);
  }

  /**
   * {@code Jane Porter, Local Democracy Reporter}, {@code Tom Hart Local democracy reporter
   * tom.hart@example.com}, {@code Ann Lee The Harbor Ledger | ledger.example}: a name, then what
   * the person is (ending in a role word) or the paper (opening with The, before a web address).
   */
  private static Optional<Byline> parseNameAndAffiliation(String t) {
    if (t.length() > 100 || t.endsWith(".") || t.indexOf(',') != t.lastIndexOf(',')) {
      return Optional.empty();
    }
    Matcher paper = NAME_PAPER_ADDRESS.matcher(t);
    if (paper.matches()) {
      return isPersonName(paper.group(1))
          ? Optional.of(new Byline(t, ImmutableList.of(new Credit(paper.group(1), null, CreditKind.PERSON))))
          : Optional.empty();
    }
    Matcher m = NAME_AND_AFFILIATION.matcher(t);
    if (!m.matches() || !isPersonName(m.group(1))) {
      return Optional.empty();
    }
    String affiliation = m.group(2).strip();
    String[] words = affiliation.split("\\s+");
    boolean roleLast = words.length <= 5 && ROLE_WORD.matcher(words[words.length - 1]).matches()
        && java.util.Arrays.stream(words).noneMatch(FUNCTION_WORDS::contains);
    if (!roleLast) {
      return Optional.empty();
    }
    return Optional.of(new Byline(t, ImmutableList.of(new Credit(m.group(1), affiliation, CreditKind.PERSON))));
  }

  /** A person's name, not a place's: {@code Harbor County} and {@code Mill Street} are places. */
  private static boolean isPersonName(String name) {
    if (!NAME.matcher(name).matches()) {
      return false;
    }
    String last = name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    return !PLACE_WORDS.contains(last);
  }

  /** {@code Ann Lee The Harbor Ledger | ledger.example}: a name, the paper, its web address. */
  private static final Pattern NAME_PAPER_ADDRESS =
      Pattern.compile(
          "^(\\p{Lu}[\\p{L}'’.\\-]+(?:\\s+\\p{Lu}[\\p{L}'’.\\-]*){1,2})\\s+The(?:\\s+\\p{Lu}[\\p{L}'’.\\-]*){1,3}"
              + "\\s*\\|\\s*[\\w-]+(?:\\.[\\w-]+)+$");

  /** Last words of places, never of a person's name: {@code Harbor County}, {@code Mill Street}. */
  private static final ImmutableSet<String> PLACE_WORDS =
      ImmutableSet.of(
          "county", "city", "town", "street", "road", "avenue", "park", "hall", "district", "township",
          "village", "valley", "lake", "river", "beach", "heights", "center", "centre", "square",
          "station", "bridge", "island", "state", "province", "address", "name", "date", "phone");

  /** {@code in Harbor City} after a reporter's name. */
  private static final Pattern IN_PLACE = Pattern.compile("\\s+in\\s+\\p{Lu}[\\p{L}.\\- ]*$");

  /** An article opens a phrase, never a name: {@code By The River}, {@code BY A LONG WAY}. */
  private static final Pattern ARTICLE = Pattern.compile("(?i)(?:the|a|an)\\s");

  /** Words of a sentence, never of a role: {@code Jane Porter is a reporter} is text. */
  private static final ImmutableSet<String> FUNCTION_WORDS =
      ImmutableSet.of("is", "was", "a", "an", "the", "and", "or", "to", "as", "said", "says", "has", "had", "who", "with");
}
