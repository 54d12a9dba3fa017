package dev.newstidy.eval;

import static dev.newstidy.eval.RandomPicks.any;
import static dev.newstidy.eval.RandomPicks.between;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Composes clean English small-town news articles from small vocabularies and sentence templates
 * written for this harness: a headline, two to six paragraphs of two to four sentences, short
 * subheadings, and one to three credited reporters.
 */
final class EnglishArticles {
  private static final String[] FIRST = (
      "Ann Tom Maria James Priya Daniel Grace Luis Hannah Omar Ruth Samuel Elena Victor Nora Caleb Irene Felix"
          + " Dora Martin Alice Kofi Wendy Peter").split(" ");
  private static final String[] LAST = (
      "Lee Hart Porter Okafor Brandt Reyes Ellison Marsh Vickery Chen Novak Dunn Sato Moreno Fischer Kowalski"
          + " Baker Lindqvist Abbott Farrow Quinn Mendes").split(" ");
  private static final String[] TOWNS = (
      "Millbrook,Cedar Falls,Harlan,Pine Flat,Ashford,Brookside,Elm Grove,Fairview,Granite Bay,Hollis,Kingsport,"
          + "Lakeview,Maple Ridge,Northfield,Oak Hollow,Riverton,Stonebridge,Westbury").split(",");
  private static final String[] BODIES = (
      "county board,city council,school board,library board,water district,parks commission,planning commission,"
          + "fire district,transit authority,hospital board").split(",");
  private static final String[] PROJECTS = (
      "the new fire station,repairs to the old mill bridge,a downtown parking study,the library expansion,"
          + "a summer reading program,the water main replacement,a bike lane on Main Street,the senior center kitchen,"
          + "new playground equipment,the move of the farmers market,a sidewalk along Orchard Road").split(",");
  private static final String[] ROLES =
      "Commissioner,Superintendent,Mayor,Council member,Fire Chief,Director,Treasurer,Principal".split(",");
  private static final String[] MONTHS =
      "January,February,March,April,May,June,July,August,September,October,November,December".split(",");
  private static final String[] DAYS = "Monday,Tuesday,Wednesday,Thursday,Friday,Saturday".split(",");
  private static final String[] CONCERNS = (
      "traffic near the elementary school,the cost to homeowners,noise during construction,parking for shoppers,"
          + "the loss of shade trees,flooding on the lower streets").split(",");
  private static final String[] QUOTES = (
      "We have waited a long time for this and the neighborhood deserves it,"
          + "People came out even on the rainy Saturdays and that means a lot to us,"
          + "I would rather do it right than do it twice,"
          + "Our volunteers carried most of the load this year,"
          + "The numbers simply do not work without the state grant").split(",");
  private static final String[] VENUES =
      "high school cafeteria,Grange hall,community room of the library,fire hall,town hall annex".split(",");
  private static final String[] WHOM =
      "parents and teachers,shop owners on Water Street,farmers in the north end,residents of the east side".split(",");
  private static final String[] TITLES = {
    "%s Board Approves Funds for Bridge Repairs",
    "%s Library Adds Evening Hours",
    "%s School Board Delays Vote on Schedule",
    "%s Council Weighs New Parking Rules",
    "%s Farmers Market Closes Its Busiest Season",
    "Residents Push Back on %s Road Plan",
    "%s Fire District Seeks Second Engine",
    "Water Rates Set to Rise in %s"
  };
  private static final String[] SUBHEADINGS =
      "What comes next,Costs and timing,How it works,Looking ahead,A long wait,Who pays,The vote,Next steps".split(",");

  private final List<Function<SplittableRandom, String>> sentences =
      List.of(
          r -> "The " + any(r, TOWNS) + " " + any(r, BODIES) + " voted " + between(r, 3, 7) + "-" + between(r, 0, 2)
              + " on " + any(r, DAYS) + " to approve $" + between(r, 12, 950) + ",000 for " + any(r, PROJECTS) + ".",
          r -> any(r, ROLES) + " " + person(r) + " said the work should be finished by " + any(r, MONTHS) + ", weather permitting.",
          r -> "\"" + any(r, QUOTES) + ",\" said " + person(r) + ", who has lived in " + any(r, TOWNS) + " for " + between(r, 3, 60) + " years.",
          r -> "Residents who spoke at the meeting raised concerns about " + any(r, CONCERNS) + ".",
          r -> "The plan calls for " + between(r, 4, 90) + " new street lights along the route, according to a staff report.",
          r -> "Since " + any(r, MONTHS) + ", drivers heading to the high school have faced a detour of nearly " + between(r, 2, 9) + " miles.",
          r -> "Members of the neighborhood association said the closure had cost " + any(r, WHOM) + " a good share of their summer trade.",
          r -> "A public hearing is scheduled for " + any(r, DAYS) + ", " + any(r, MONTHS) + " " + between(r, 1, 28) + ", in the " + any(r, VENUES) + ".",
          r -> "The " + any(r, BODIES) + " will take up the question again in " + any(r, MONTHS) + " after hearing from " + any(r, WHOM) + ".",
          r -> "Officials estimate that " + any(r, PROJECTS) + " will cost about $" + between(r, 2, 40) + " million, most of it covered by a state grant.",
          r -> "Volunteers collected " + between(r, 200, 9000) + " pounds of food during the two-day drive, organizers said.",
          r -> "Construction crews are expected to begin work on " + any(r, PROJECTS) + " in early " + any(r, MONTHS) + ".",
          r -> "According to the district, enrollment has fallen by " + between(r, 20, 400) + " students over the past " + between(r, 3, 12) + " years.",
          r -> any(r, ROLES) + " " + person(r) + " cast the only vote against the spending, saying the county should look for other funding first.",
          r -> "Transportation costs have climbed " + between(r, 5, 60) + " percent since the last budget, a consultant told the " + any(r, BODIES) + ".",
          r -> "The " + any(r, VENUES) + " will stay open until " + between(r, 7, 9) + " in the evening on weekdays through " + any(r, MONTHS) + ".");

  /** A clean article; with {@code byline} it credits one to three reporters. */
  CleanArticle compose(SplittableRandom r, boolean byline, boolean subheadings, ParagraphSource paragraphs) {
    String title = String.format(any(r, TITLES), any(r, TOWNS));
    int count = between(r, 2, 6);
    List<CleanArticle.Part> body = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      if (subheadings && i > 0 && i % 2 == 1) {
        body.add(CleanArticle.Part.heading(any(r, SUBHEADINGS)));
      }
      body.add(CleanArticle.Part.paragraph(paragraphs.next(() -> paragraph(r))));
    }
    List<String> names = new ArrayList<>();
    if (byline) {
      int n = r.nextDouble() < 0.5 ? 1 : r.nextDouble() < 0.7 ? 2 : 3;
      for (int i = 0; i < n; i++) {
        names.add(person(r));
      }
    }
    return new CleanArticle(Language.EN, title, names, null, body);
  }

  /** A first and a last name. */
  static String person(SplittableRandom r) {
    return any(r, FIRST) + " " + any(r, LAST);
  }

  /** {@code By A}, {@code By A and B}, {@code By A, B and C}. */
  static String byLine(List<String> names) {
    if (names.size() == 1) {
      return "By " + names.get(0);
    }
    return "By " + String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
  }

  private String paragraph(SplittableRandom r) {
    StringBuilder text = new StringBuilder();
    int n = between(r, 2, 4);
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        text.append(' ');
      }
      text.append(sentences.get(r.nextInt(sentences.size())).apply(r));
    }
    return text.toString();
  }
}
