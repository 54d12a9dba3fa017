package dev.newstidy.stage.dedup;

import java.text.Normalizer;

/**
 * The identity of a paragraph for repeat detection: its text in NFKC, case folded, with white space
 * removed and full-width and half-width punctuation unified, hashed to 64 bits (the first half of
 * a seeded Murmur3-128 over the UTF-16 code units, the value Guava's {@code
 * murmur3_128(seed).hashUnencodedChars} gives; it is stable across runs and machines, so that an
 * index can be kept between nights). Two
 * blocks that differ only in spacing, case, or {@code ，} against {@code ,} share a fingerprint; the
 * output keeps the original text.
 *
 * <p>Why 64 bits: the index stores one 8-byte key per distinct paragraph, so that it stays within
 * 32 bytes a paragraph. The price is the chance of a collision, one paragraph wrongly taken for a
 * repeat of another: with n distinct paragraphs the expected number of colliding pairs is n²/2⁶⁵,
 * 3·10⁻⁶ at 10 million and 0.027 at 10⁹ (a 2.7% chance that one paragraph in a billion is removed
 * wrongly). Each such removal is recorded with what it repeats, so it can be audited; {@code
 * --keep-duplicates} marks repeats without removing them.
 *
 * <p>Examples, pinned by {@code ParagraphFingerprintTest}: {@code "海安 市总工会"} and {@code
 * "海安市总工会"} share a fingerprint, as do {@code "很好，我们"} and {@code "很好,我们"}, and {@code
 * "The Bridge"} and {@code "the  bridge"}.
 *
 * <p>How it stays cheap: one pass over the text, each character looked up in a table of 65,536
 * entries built once, hashed inline 16 bytes at a time, no normalised copy. A character of the
 * {@linkplain #SIMPLE simple ranges} (ASCII, CJK ideographs and punctuation, full-width forms) is
 * its own NFKC or maps to one character that composes with nothing, so the table holds its NFKC
 * too: {@code 很好，ＡＢ} hashes as {@code 很好,ab} without calling the {@link Normalizer}. Text with
 * any other character ({@code café}, Hangul, combining marks) is normalised as a whole first, as
 * Unicode requires. {@code ParagraphFingerprintTest} pins both paths against the plain definition
 * (normalise, then hash with Guava) on random text.
 */
public final class ParagraphFingerprint {
  private static final int SEED = 0x6e657773;
  private static final long C1 = 0x87c37b91114253d5L;
  private static final long C2 = 0x4cf5ad432745937fL;

  /** Punctuation that NFKC leaves wide, and what it is unified with: 。、“”‘’《》【】 and dashes. */
  static final String WIDE = "。、“”‘’《》【】〔〕—–．";

  private static final String NARROW = ".,\"\"''<>[][]--.";

  /** In the tables: a character that comparison leaves out (white space). */
  private static final char SKIP = 0;

  /**
   * Ranges that {@link #comparedTable} leaves as they are without asking {@link Character}: CJK
   * ideographs (with extension A), Hangul syllables, surrogates and private use hold no white space,
   * no upper case and no wide punctuation ({@code 海} and {@code 한} compare as themselves). They are
   * 47,000 of the table's 65,536 characters, and three {@link Character} look-ups for each, run
   * before the JIT compiles the loop, were a cost every run paid before its first record. {@code
   * ParagraphFingerprintTest.comparedTableGivesTheDefinitionForEveryCharacter} pins it.
   */
  private static final char[][] AS_THEY_ARE = {{0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xAC00, 0xD7A3}, {0xD800, 0xF8FF}};

  /**
   * Every character of already-NFKC text as compared: {@link #SKIP} for white space, else lower
   * case with wide punctuation made narrow ({@code Ａ} stays {@code Ａ}: NFKC has already run).
   */
  private static final char[] COMPARED = comparedTable();

  /**
   * The ranges whose characters map through NFKC one to one, each to a starter that composes with
   * no neighbour: ASCII, general punctuation, CJK symbols and punctuation, CJK ideographs (with
   * extension A) and full-width ASCII. Marks inside them ({@code 〪}) are left out.
   */
  private static final char[][] SIMPLE = {
    {0x0000, 0x007F}, {0x2000, 0x206F}, {0x3000, 0x303F}, {0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xFF01, 0xFF5E},
  };

  /**
   * The CJK ideograph ranges of {@link #SIMPLE}: each character is its own NFKC (Unicode gives
   * unified ideographs no decomposition, and its stability policy keeps it so) and no mark, so the
   * table takes them without asking the {@link Normalizer}. Asking it for each of their 27,584
   * characters was most of this class's set-up, a cost every run paid before its first record
   * (tens of milliseconds before the JIT warms up). {@code
   * ParagraphFingerprintTest.everySimpleCharacterAloneGivesTheDefinitionsValue} checks every one
   * against the plain definition: {@code 海} gives {@code 海}.
   */
  private static final char[][] IDEOGRAPHS = {{0x3400, 0x4DBF}, {0x4E00, 0x9FFF}};

  /**
   * Every character of raw text as compared after NFKC when it is {@linkplain #SIMPLE simple}:
   * {@code ，} gives {@code ,}, {@code Ａ} gives {@code a}, {@code \u3000} gives {@link #SKIP}; {@link
   * #NOT_SIMPLE} for any other character, whose text is normalised as a whole.
   */
  private static final char[] SIMPLE_COMPARED = simpleComparedTable();

  /** In {@link #SIMPLE_COMPARED}: the text needs the full NFKC first. */
  private static final char NOT_SIMPLE = 0xFFFF;

  private ParagraphFingerprint() {}

  private static char[] comparedTable() {
    char[] table = new char[0x10000];
    int c = 0;
    for (char[] range : AS_THEY_ARE) {
      for (; c < range[0]; c++) {
        table[c] = isSpace((char) c) ? SKIP : normalisedChar((char) c);
      }
      for (; c <= range[1]; c++) {
        table[c] = (char) c;
      }
    }
    for (; c < table.length; c++) {
      table[c] = isSpace((char) c) ? SKIP : normalisedChar((char) c);
    }
    return table;
  }

  /**
   * One character of NFKC text as compared, from the table: {@code Ａ} gives {@code ａ}, {@code 。}
   * gives {@code .}, {@code 海} gives {@code 海}, and white space gives 0. For tests.
   */
  static char compared(char c) {
    return COMPARED[c];
  }

  private static char[] simpleComparedTable() {
    char[] table = new char[0x10000];
    java.util.Arrays.fill(table, NOT_SIMPLE);
    for (char[] range : IDEOGRAPHS) {
      for (int c = range[0]; c <= range[1]; c++) {
        table[c] = COMPARED[c];
      }
    }
    for (char[] range : SIMPLE) {
      if (range[0] == IDEOGRAPHS[0][0] || range[0] == IDEOGRAPHS[1][0]) {
        continue;
      }
      for (int c = range[0]; c <= range[1]; c++) {
        String nfkc = Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFKC);
        if (nfkc.length() == 1 && !isMark((char) c) && !isMark(nfkc.charAt(0))) {
          table[c] = COMPARED[nfkc.charAt(0)];
        }
      }
    }
    return table;
  }

  private static boolean isMark(char c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK;
  }

  /** The text as compared: NFKC, case folded, white space removed, punctuation unified. */
  public static String normalise(String text) {
    StringBuilder out = new StringBuilder(text.length());
    if (isSimple(text)) {
      for (int i = 0; i < text.length(); i++) {
        char c = SIMPLE_COMPARED[text.charAt(i)];
        if (c != SKIP) {
          out.append(c);
        }
      }
      return out.toString();
    }
    String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
    for (int i = 0; i < nfkc.length(); i++) {
      char c = COMPARED[nfkc.charAt(i)];
      if (c != SKIP) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** True when every character of the text is in the {@linkplain #SIMPLE simple ranges}. */
  private static boolean isSimple(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (SIMPLE_COMPARED[text.charAt(i)] == NOT_SIMPLE) {
        return false;
      }
    }
    return true;
  }

  /** White space, which comparison leaves out. */
  private static boolean isSpace(char c) {
    return c <= ' ' || (c >= 0x80 && (Character.isWhitespace(c) || Character.isSpaceChar(c)));
  }

  /** A paragraph's fingerprint and the length of its normalised text. */
  public record Fingerprint(long hash, int length) {}

  /**
   * The fingerprint of {@code text}, normalised as it is hashed: no normalised copy is built
   * (unless the text needs a full NFKC, which is rare), so that every block costs one pass. The
   * pass that hashes also checks that each character is {@linkplain #SIMPLE simple}, and starts
   * again from the full NFKC at the first one that is not: {@code 很好，ＡＢ} is read once, {@code
   * 咖啡café} once up to the {@code é} and then once normalised.
   */
  public static Fingerprint of(String text) {
    Fingerprint simple = hashed(text, SIMPLE_COMPARED, true);
    return simple != null ? simple : hashed(Normalizer.normalize(text, Normalizer.Form.NFKC), COMPARED, false);
  }

  /**
   * Murmur3 x64 128 over the characters of {@code source} as {@code table} compares them, in
   * locals (as {@link Murmur} does, 8 characters a block): the same value, without an object and
   * a call per character. Null when {@code simpleOnly} and a character is not simple.
   */
  private static Fingerprint hashed(String source, char[] table, boolean simpleOnly) {
    long h1 = SEED;
    long h2 = SEED;
    long k1 = 0;
    long k2 = 0;
    int chars = 0;
    for (int i = 0, n = source.length(); i < n; i++) {
      char c = table[source.charAt(i)];
      if (c == SKIP) {
        continue;
      }
      if (c == NOT_SIMPLE && simpleOnly) {
        return null;
      }
      int slot = chars & 7;
      chars++;
      if (slot < 4) {
        k1 |= (long) c << (slot << 4);
        continue;
      }
      k2 |= (long) c << ((slot - 4) << 4);
      if (slot == 7) {
        h1 ^= Murmur.mixK1(k1);
        h1 = Long.rotateLeft(h1, 27) + h2;
        h1 = h1 * 5 + 0x52dce729;
        h2 ^= Murmur.mixK2(k2);
        h2 = Long.rotateLeft(h2, 31) + h1;
        h2 = h2 * 5 + 0x38495ab5;
        k1 = 0;
        k2 = 0;
      }
    }
    if ((chars & 7) != 0) {
      h1 ^= Murmur.mixK1(k1);
      h2 ^= Murmur.mixK2(k2);
    }
    return new Fingerprint(Murmur.finish(h1, h2, chars), chars);
  }

  /** One character as compared: lower case, and wide punctuation made narrow. */
  private static char normalisedChar(char c) {
    if (c < 0x80) {
      return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
    int wide = c >= 0x2000 ? WIDE.indexOf(c) : -1;
    if (wide >= 0) {
      return NARROW.charAt(wide);
    }
    return Character.isUpperCase(c) ? Character.toLowerCase(c) : c;
  }

  /**
   * The 64-bit fingerprint of already-normalised text: the same as {@link #of} gives. Normalised
   * text compares as it is (its characters map to themselves in the table), so it goes through the
   * one hashing loop.
   *
   * <p>Precondition: {@code normalised} is what {@link #normalise} returned. Other text is folded
   * per character on the way (case and a few marks such as {@code 。} and quotes, white space
   * dropped; no NFKC, so full-width forms such as {@code ，} or {@code Ａ} are not folded), so
   * {@code ofNormalised("Ferry")} is the value of {@code "ferry"}, not the hash of {@code "Ferry"}:
   * pass raw text to {@link #of}. Public for the benchmarks, which time the hashing alone.
   */
  public static long ofNormalised(String normalised) {
    return hashed(normalised, COMPARED, false).hash();
  }

  /**
   * Murmur3 x64 128 over UTF-16 code units, little-endian, 8 characters a block: the steps that
   * {@link #hashed} runs in its locals; {@link #finish} gives the first 64 bits, as Guava's {@code
   * HashCode.asLong()} does.
   */
  private static final class Murmur {
    private Murmur() {}

    /** The first 64 bits of the hash, from the state after the last block is mixed in. */
    static long finish(long h1, long h2, int chars) {
      long length = 2L * chars;
      long a = h1 ^ length;
      long b = h2 ^ length;
      a += b;
      b += a;
      a = fmix64(a);
      b = fmix64(b);
      return a + b;
    }

    static long mixK1(long k1) {
      k1 *= C1;
      k1 = Long.rotateLeft(k1, 31);
      return k1 * C2;
    }

    static long mixK2(long k2) {
      k2 *= C2;
      k2 = Long.rotateLeft(k2, 33);
      return k2 * C1;
    }

    private static long fmix64(long k) {
      k ^= k >>> 33;
      k *= 0xff51afd7ed558ccdL;
      k ^= k >>> 33;
      k *= 0xc4ceb9fe1a85ec53L;
      k ^= k >>> 33;
      return k;
    }
  }
}
