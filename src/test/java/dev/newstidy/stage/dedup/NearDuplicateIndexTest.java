package dev.newstidy.stage.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newstidy.model.SourceSpan;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NearDuplicateIndexTest {
  private static final String BUS =
      "临江市今年新建城乡公交线路十二条,覆盖全市所有行政村,市交通运输局负责人介绍,下一步将继续优化线路和班次,方便群众出行。";
  private static final String QUOTE =
      "市长在会上说:“我们要把每一条公交线路都办成群众满意的民心线路,让农村群众出行更方便、更安全、更舒心。”";

  private final NearDuplicateIndex index = new NearDuplicateIndex(0.8, new ListParagraphStore());

  @Test
  void paragraphWithADroppedCharacterIsANearCopyOfTheFirst() {
    index.findAndAdd(BUS, SourceSpan.of("a.txt", 3, 3));

    Optional<NearDuplicateIndex.Match> match = index.findAndAdd(BUS.replace("和", ""), SourceSpan.of("b.txt", 9, 9));

    assertThat(match).isPresent();
    assertThat(match.get().firstSeen()).isEqualTo(SourceSpan.of("a.txt", 3, 3));
    assertThat(match.get().similarity()).isBetween(0.8, 1.0);
  }

  @Test
  void nearCopyFarBackIsConfirmedFromStoredShinglesWithoutReadingItsText() {
    // Thousands of other paragraphs stand between the two: the earlier one's shingles come back
    // from the store as they were added, and its text is never read for a match above threshold.
    ListParagraphStore texts = new ListParagraphStore();
    int[] textReads = {0};
    ParagraphStore counting = new ParagraphStore() {
      @Override
      public int append(String text, int[] shingles, long[] keys, long location) {
        return texts.append(text, shingles, keys, location);
      }

      @Override
      public long[] keys(int id) {
        return texts.keys(id);
      }

      @Override
      public long location(int id) {
        return texts.location(id);
      }

      @Override
      public String text(int id) {
        textReads[0]++;
        return texts.text(id);
      }

      @Override
      public int shingleCount(int id) {
        return texts.shingleCount(id);
      }

      @Override
      public int[] shingles(int id) {
        return texts.shingles(id);
      }

      @Override
      public void close() {}
    };
    NearDuplicateIndex far = new NearDuplicateIndex(0.8, counting);
    far.findAndAdd(BUS, SourceSpan.of("a.txt", 1, 1));
    for (int i = 0; i < 5000; i++) {
      far.findAndAdd("第" + i + "号通知：南岭镇第" + (i * 7919) + "批新修的乡村道路已经通车，沿线" + i + "个村的村民出行更方便了。",
          SourceSpan.of("a.txt", i + 2, i + 2));
    }
    textReads[0] = 0;

    Optional<NearDuplicateIndex.Match> match = far.findAndAdd(BUS.replace("和", ""), SourceSpan.of("b.txt", 9, 9));

    assertThat(match).map(NearDuplicateIndex.Match::firstSeen).contains(SourceSpan.of("a.txt", 1, 1));
    assertThat(textReads[0]).isZero();
  }

  @Test
  void englishParagraphWithOneWordChangedIsANearCopy() {
    // One changed word touches three word 3-grams: in 46 words that leaves similarity 0.88.
    String text =
        "The county board voted on Tuesday to repair the old mill bridge before winter, "
            + "after residents complained for years about the long detour through the valley road, "
            + "and the work will be paid for out of the road fund that voters approved two years ago "
            + "when the bridge was first closed to heavy trucks.";
    index.findAndAdd(text, SourceSpan.of("a.txt", 1, 1));

    assertThat(index.findAndAdd(text.replace("Tuesday", "Monday"), SourceSpan.of("a.txt", 5, 5))).isPresent();
  }

  @Test
  void shortEnglishParagraphWithOneLetterDroppedIsANearCopy() {
    // Under 30 words, so cut into character 5-grams: a dropped letter breaks five of about ninety.
    String text = "Most of the ferry captains live in villages on the west bank of the river, the harbor office said on Monday.";
    index.findAndAdd(text, SourceSpan.of("a.txt", 1, 1));

    Optional<NearDuplicateIndex.Match> match =
        index.findAndAdd(text.replace(" in villages", " n villages"), SourceSpan.of("a.txt", 5, 5));

    assertThat(match).isPresent();
    assertThat(match.get().similarity()).isGreaterThan(0.85);
  }

  @Test
  void englishParagraphOfTenWordsWithOneLetterDroppedIsANearCopy() {
    // Word 3-grams would share 6 of 12 (0.5); character 5-grams share 40 of 49.
    String text = "Most of the harbor pilots live in villages near Linden Cove.";
    index.findAndAdd(text, SourceSpan.of("a.txt", 1, 1));

    Optional<NearDuplicateIndex.Match> match = index.findAndAdd(text.replace(" in ", " n "), SourceSpan.of("a.txt", 5, 5));

    assertThat(match.map(NearDuplicateIndex.Match::firstSeen)).contains(SourceSpan.of("a.txt", 1, 1));
  }

  @Test
  void shortEnglishParagraphsThatDifferInTheirFiguresAreBothKeptThoughTheirCharacterGramsAgree() {
    String text =
        "According to the county, enrollment has fallen by 287 students over the past 10 years, and parents who"
            + " spoke at the meeting raised concerns about the cost of buses.";
    String other = text.replace("287", "198").replace("10 years", "4 years");
    assertThat(Shingles.isShortLatin(text)).isTrue();
    assertThat(Shingles.jaccard(Shingles.of(text), Shingles.of(other))).isGreaterThan(0.8);
    index.findAndAdd(text, SourceSpan.of("a.txt", 1, 1));

    assertThat(index.findAndAdd(other, SourceSpan.of("a.txt", 5, 5))).isEmpty();
    // One figure typed short is still a copy: one edit.
    assertThat(index.findAndAdd(text.replace("287", "28"), SourceSpan.of("a.txt", 9, 9))).isPresent();
  }

  @Test
  void englishParagraphsOfTenWordsThatDifferInAPlaceNameAreBothKept() {
    String text = "Most of the harbor pilots live in villages near Linden Cove.";
    index.findAndAdd(text, SourceSpan.of("a.txt", 1, 1));

    assertThat(index.findAndAdd(text.replace("Linden Cove", "Elm Point"), SourceSpan.of("a.txt", 5, 5))).isEmpty();
    assertThat(index.findAndAdd(text.replace("harbor pilots", "ferry crews"), SourceSpan.of("a.txt", 9, 9))).isEmpty();
  }

  @Test
  void shortEnglishParagraphsThatDifferInAPhraseAreBothKept() {
    String text = "Most of the ferry captains live in villages on the west bank of the river, the harbor office said on Monday.";
    index.findAndAdd(text, SourceSpan.of("a.txt", 1, 1));

    assertThat(index.findAndAdd(text.replace("villages on the west bank of the river", "the hill towns above the old port"), SourceSpan.of("a.txt", 5, 5)))
        .isEmpty();
  }

  @Test
  void characterSimilarityCountsEditsOnNormalisedText() {
    String text = "The ferry to Linden Island runs twice a day, and three times on summer weekends.";
    String widened = "The  ferry to Linden Island runs twice a day， and three times on summer weekend.";

    assertThat(EditSimilarity.characterSimilarity(widened, text)).isGreaterThan(0.98);
    assertThat(EditSimilarity.characterSimilarity(text.replace("Linden Island", "Elm Point Harbor"), text))
        .isZero();
  }

  @Test
  void paragraphsSharingALongQuotationAreBothKept() {
    index.findAndAdd(QUOTE + "随后,会议审议了明年的交通建设计划和财政预算安排。", SourceSpan.of("a.txt", 1, 1));

    assertThat(index.findAndAdd(QUOTE + "会后,记者走访了三个乡镇的公交站点,听取群众的意见和建议。", SourceSpan.of("a.txt", 3, 3))).isEmpty();
  }

  @Test
  void shortParagraphsTakeNoPart() {
    index.findAndAdd("短段落不参加比较。", SourceSpan.of("a.txt", 1, 1));

    assertThat(index.findAndAdd("短段落不参加比较。", SourceSpan.of("a.txt", 3, 3))).isEmpty();
  }

  /** Invented: a paragraph of exactly {@link NearDuplicateIndex#MIN_CHARS} characters. */
  @Test
  void eachFiledParagraphLeavesItsHashesHalvesAndTheKeysOfItsTextInTheStore() {
    // What saving the index reads back: the keys must be those of the whole hashes, which the store
    // does not keep.
    ListParagraphStore store = new ListParagraphStore();
    NearDuplicateIndex filing = new NearDuplicateIndex(0.8, store);
    java.util.List<String> texts = java.util.List.of(ROAD, BUS, FERRY);
    for (int i = 0; i < texts.size(); i++) {
      filing.findAndAdd(texts.get(i), SourceSpan.of("a.txt", i + 1, i + 1));
    }

    for (int i = 0; i < texts.size(); i++) {
      assertThat(store.keys(i)).as("keys of %s", i).isEqualTo(MinHash.bandKeys(Shingles.of(texts.get(i))));
      assertThat(store.shingles(i)).as("hashes of %s", i).isEqualTo(Shingles.highHalves(Shingles.of(texts.get(i))));
    }
  }

  private static final String ROAD = "柳溪镇今年新修村道两条,全长十二公里,沿线三个村的村民出行方便了,镇里还计划明年再修一条通往水库路。";

  @Test
  void copyOneCharacterUnderTheLeastLengthIsLookedUpButNotFiled() {
    assertThat(ROAD).hasSize(NearDuplicateIndex.MIN_CHARS);
    String copy = ROAD.replace("还", "");
    assertThat(copy).hasSize(NearDuplicateIndex.LOOKUP_CHARS);
    java.util.List<SourceSpan> lookedUp = new java.util.ArrayList<>();
    java.util.List<SourceSpan> filed = new java.util.ArrayList<>();
    index.onAdd((text, where) -> filed.add(where)).onLookupOnly((text, where) -> lookedUp.add(where));
    index.findAndAdd(ROAD, SourceSpan.of("a.txt", 1, 1));

    Optional<NearDuplicateIndex.Match> match = index.findAndAdd(copy, SourceSpan.of("a.txt", 7, 7));

    assertThat(match.map(NearDuplicateIndex.Match::firstSeen)).contains(SourceSpan.of("a.txt", 1, 1));
    assertThat(filed).containsExactly(SourceSpan.of("a.txt", 1, 1));
    assertThat(lookedUp).containsExactly(SourceSpan.of("a.txt", 7, 7));
    assertThat(NearDuplicateIndex.bandKeysOf(copy)).hasSize(NearDuplicateIndex.BANDS);
  }

  @Test
  void twoParagraphsUnderTheLeastLengthNeverMatchEachOther() {
    String copy = ROAD.replace("还", "");
    index.findAndAdd(copy, SourceSpan.of("a.txt", 1, 1));

    // The first was looked up only, so the second finds nothing, however alike they are.
    assertThat(index.findAndAdd(copy.replace("两条", "两道"), SourceSpan.of("a.txt", 3, 3))).isEmpty();
  }

  @Test
  void paragraphTwoCharactersUnderTheLeastLengthTakesNoPart() {
    index.findAndAdd(ROAD, SourceSpan.of("a.txt", 1, 1));
    String shorter = ROAD.replace("还", "").replace("再", "");

    assertThat(shorter).hasSize(NearDuplicateIndex.LOOKUP_CHARS - 1);
    assertThat(index.findAndAdd(shorter, SourceSpan.of("a.txt", 3, 3))).isEmpty();
    assertThat(NearDuplicateIndex.bandKeysOf(shorter)).isEmpty();
  }

  @Test
  void aParagraphIsComparedWithRemovedOnesTooAndTheEarliestWins() {
    index.findAndAdd(BUS, SourceSpan.of("a.txt", 1, 1));
    index.findAndAdd(BUS.replace("和", ""), SourceSpan.of("a.txt", 3, 3));

    Optional<NearDuplicateIndex.Match> third = index.findAndAdd(BUS.replace("和", "与"), SourceSpan.of("a.txt", 5, 5));

    assertThat(third).isPresent();
    assertThat(third.get().firstSeen().firstLine()).isEqualTo(1);
  }

  @Test
  void theEarliestCandidateIsComparedFirstAndOneThatPassesEndsTheSearch() {
    // The second paragraph shares all 8 bands with the third, the first fewer: both pass, the
    // first wins, and the second's shingles are never read.
    ListParagraphStore texts = new ListParagraphStore();
    java.util.List<Integer> shinglesRead = new java.util.ArrayList<>();
    ParagraphStore recording = new ParagraphStore() {
      @Override
      public int append(String text, int[] shingles, long[] keys, long location) {
        return texts.append(text, shingles, keys, location);
      }

      @Override
      public long[] keys(int id) {
        return texts.keys(id);
      }

      @Override
      public long location(int id) {
        return texts.location(id);
      }

      @Override
      public String text(int id) {
        return texts.text(id);
      }

      @Override
      public int shingleCount(int id) {
        return texts.shingleCount(id);
      }

      @Override
      public int[] shingles(int id) {
        shinglesRead.add(id);
        return texts.shingles(id);
      }

      @Override
      public void close() {}
    };
    NearDuplicateIndex ordered = new NearDuplicateIndex(0.8, recording);
    ordered.findAndAdd(BUS, SourceSpan.of("a.txt", 1, 1));
    ordered.findAndAdd(BUS.replace("和", ""), SourceSpan.of("a.txt", 3, 3));
    shinglesRead.clear();

    Optional<NearDuplicateIndex.Match> third = ordered.findAndAdd(BUS.replace("和", ""), SourceSpan.of("a.txt", 5, 5));

    assertThat(third).map(m -> m.firstSeen().firstLine()).contains(1);
    assertThat(shinglesRead).containsExactly(0);
  }

  @Test
  void aLoneSurrogateIsStoredAsTheSavedIndexKeepsIt() throws java.io.IOException {
    // A saved index keeps texts as UTF-8, which holds a lone surrogate as '?': the running store
    // keeps the same text, so a reloaded index compares what the running one compared.
    String damaged = BUS.replace("覆盖", "覆\uD83D盖");
    ListParagraphStore running = new ListParagraphStore();
    NearDuplicateIndex first = new NearDuplicateIndex(0.8, running);
    first.findAndAdd(damaged, SourceSpan.of("a.txt", 3, 3));
    java.io.ByteArrayOutputStream saved = new java.io.ByteArrayOutputStream();
    NearSnapshot.write(first, new java.io.DataOutputStream(saved));
    ListParagraphStore reloaded = new ListParagraphStore();
    NearSnapshot.read(
        new NearDuplicateIndex(0.8, reloaded),
        new java.io.DataInputStream(new java.io.ByteArrayInputStream(saved.toByteArray())));

    assertThat(running.text(0)).isEqualTo(BUS.replace("覆盖", "覆?盖"));
    assertThat(reloaded.text(0)).isEqualTo(running.text(0));
  }

  @Test
  void aSurrogatePairIsStoredAsItIs() {
    // Adversarial: a character beyond the Basic Multilingual Plane is a whole pair, kept as given.
    String withPair = BUS.replace("覆盖", "覆\uD840\uDC00盖");
    ListParagraphStore running = new ListParagraphStore();
    new NearDuplicateIndex(0.8, running).findAndAdd(withPair, SourceSpan.of("a.txt", 3, 3));

    assertThat(running.text(0)).isSameAs(withPair);
  }

  @Test
  void aParagraphSeenInAnEarlierSplitAnswersAsIfReadHere() {
    NearDuplicateIndex seeded = new NearDuplicateIndex(0.8, new ListParagraphStore());
    java.util.List<SourceSpan> heard = new java.util.ArrayList<>();
    seeded.addSeen(BUS, SourceSpan.of("a.txt", 3, 3));
    seeded.addSeen("短行不算。", SourceSpan.of("a.txt", 5, 5));
    seeded.onAdd((text, where) -> heard.add(where));

    Optional<NearDuplicateIndex.Match> match = seeded.findAndAdd(BUS.replace("和", ""), SourceSpan.of("b.txt", 9, 9));

    assertThat(match.map(NearDuplicateIndex.Match::firstSeen)).contains(SourceSpan.of("a.txt", 3, 3));
    // Only what joined the index here is heard: the seed came from elsewhere.
    assertThat(heard).containsExactly(SourceSpan.of("b.txt", 9, 9));
  }

  @Test
  void bandKeysAreTheSameForTheSameTextAndNoneForAShortOne() {
    assertThat(NearDuplicateIndex.bandKeysOf(BUS)).hasSize(NearDuplicateIndex.BANDS).isEqualTo(NearDuplicateIndex.bandKeysOf(BUS));
    assertThat(NearDuplicateIndex.bandKeysOf(QUOTE)).doesNotContain(NearDuplicateIndex.bandKeysOf(BUS));
    assertThat(NearDuplicateIndex.bandKeysOf("短行不算。")).isEmpty();
  }

  /** Invented: a paragraph of 94 characters, and the same with a credit glued to its end. */
  private static final String FERRY =
      "对此,南溪镇渡口管理站站长林秀芬表示,她自到任以来,从未接到过任何关于渡船超载的投诉,她认为,对于网上流传的这些说法,关键还是要有人出来说明是哪一班船,才能找到当事人,否则现在就去查一条船,";
  private static final String FERRY_CREDITED = FERRY + "〔記者王小明、李文華／南溪鎮報導〕";

  @Test
  void copyThatLostAGluedCreditAndACharacterIsANearCopyOfTheCreditedFirst() {
    String copy = FERRY.replace("还是", "是");
    assertThat(Shingles.jaccard(Shingles.of(copy), Shingles.of(FERRY_CREDITED))).isBetween(0.5, 0.8);
    index.findAndAdd(FERRY_CREDITED, SourceSpan.of("a.txt", 3, 3));

    Optional<NearDuplicateIndex.Match> match = index.findAndAdd(copy, SourceSpan.of("a.txt", 40, 40));

    assertThat(match.map(NearDuplicateIndex.Match::firstSeen)).contains(SourceSpan.of("a.txt", 3, 3));
    assertThat(match.get().similarity()).isBetween(0.8, 0.9);
  }

  @Test
  void containedSimilarityIsTheShareOfTheEarlierParagraphAShorterCopyCovers() {
    String copy = FERRY.replace("还是", "是");
    // Its start, one edit: (length - 1) over the credited length.
    double covered = EditSimilarity.containedSimilarity(copy, FERRY_CREDITED);
    int copyLength = ParagraphFingerprint.normalise(copy).length();
    int earlierLength = ParagraphFingerprint.normalise(FERRY_CREDITED).length();
    assertThat(covered).isEqualTo((copyLength - 1.0) / earlierLength);
    // Its end counts as well: a copy that lost a lead-in glued before it.
    String lead = "〔記者王小明、李文華／南溪鎮報導〕" + FERRY;
    assertThat(EditSimilarity.containedSimilarity(copy, lead)).isEqualTo(covered);
    // Never the other way round: a longer later paragraph would take its extra text with it.
    assertThat(EditSimilarity.containedSimilarity(FERRY_CREDITED, copy)).isZero();
  }

  @Test
  void twoParagraphsSharingALongBoilerplateSentenceBothStay() {
    // Look-alike: the same long standard sentence, then different news; neither is part of the other.
    String boilerplate = "本站所刊登的各种新闻、信息和各种专题专栏资料,均为南溪新闻网版权所有,未经协议授权,禁止下载使用。";
    String first = boilerplate + "南溪镇今年新修村道两条,村民出行方便了。";
    String second = boilerplate + "北岭乡小学新建的食堂下周投入使用。";
    assertThat(EditSimilarity.containedSimilarity(second, first)).isZero();
    index.findAndAdd(first, SourceSpan.of("a.txt", 1, 1));

    assertThat(index.findAndAdd(second, SourceSpan.of("a.txt", 9, 9))).isEmpty();
  }
}
