package dev.newstidy.spark;

import dev.newstidy.config.DedupSettings;
import dev.newstidy.config.PunctuationStyle;
import dev.newstidy.config.RepairSettings;
import dev.newstidy.input.InputFormat;
import dev.newstidy.input.LineReader;
import dev.newstidy.input.ReadSettings;
import dev.newstidy.output.FileNamer;
import dev.newstidy.output.OutputFormat;
import java.io.Serializable;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The job's command line, {@code clean IN... --output URI [options]}, kept as plain values that
 * travel to the executors, where they become the CLI's own settings. The options are the CLI's
 * names where they make sense on a cluster; an unknown one is a usage error.
 *
 * <p>Example, pinned by {@code JobOptionsTest}: {@code clean a.txt hdfs:///news --near paragraph
 * --output out} gives inputs {@code [a.txt, hdfs:///news]}, near mode {@code PARAGRAPH}, output
 * {@code out}.
 */
record JobOptions(
    List<String> inputs,
    String output,
    OutputKind kind,
    int partitions,
    boolean join,
    boolean bylines,
    boolean dedup,
    int minRepeatChars,
    String punctuation,
    boolean keepDuplicates,
    String near,
    double nearThreshold,
    String inputFormat,
    String encoding,
    String textField,
    String titleField,
    String recordElement,
    boolean strict,
    long splitBytes,
    String format,
    String nameTemplate,
    int fanout)
    implements Serializable {

  /**
   * {@code --split-bytes}'s default: a text dump of at least twice this is read by several tasks,
   * each of at least this many bytes (Hadoop's usual block size).
   */
  static final long SPLIT_BYTES = 128L << 20;

  /** What the job writes under {@code --output}. */
  enum OutputKind {
    /** JSON Lines parts, in input order, plus {@code manifest.jsonl}. */
    JSONL,
    /** Parquet, one row per article. */
    PARQUET,
    /** One file per article plus {@code manifest.jsonl}: the CLI's {@code --output DIR} layout. */
    FILES
  }

  /** A usage error: the message names the option. */
  static final class UsageException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  static JobOptions parse(String... args) {
    if (args.length == 0 || !args[0].equals("clean")) {
      throw new UsageException("the job's command is clean: clean IN... --output URI");
    }
    List<String> inputs = new ArrayList<>();
    String output = null;
    OutputKind kind = OutputKind.JSONL;
    int partitions = 0;
    long splitBytes = SPLIT_BYTES;
    boolean join = true;
    boolean bylines = true;
    boolean dedup = true;
    int minRepeatChars = RepairSettings.DEFAULT_MIN_REPEAT_CHARS;
    String punctuation = "KEEP";
    boolean keep = false;
    String near = "off";
    double threshold = 0.8;
    String inputFormat = "auto";
    String encoding = null;
    String textField = null;
    String titleField = null;
    String recordElement = null;
    boolean strict = false;
    String fileFormat = null;
    String template = null;
    Integer fanout = null;
    for (int i = 1; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "-o", "--output" -> output = value(args, ++i, a);
        case "--output-format" -> kind = enumValue(OutputKind.class, value(args, ++i, a), a);
        case "--partitions" -> partitions = intValue(value(args, ++i, a), a);
        case "--no-join" -> join = false;
        case "--no-byline" -> bylines = false;
        case "--no-dedup" -> dedup = false;
        case "--min-repeat-chars" -> minRepeatChars = intValue(value(args, ++i, a), a);
        case "--punctuation" -> punctuation = enumValue(PunctuationStyle.class, value(args, ++i, a), a).name();
        case "--keep-duplicates" -> keep = true;
        case "--near" -> near = value(args, ++i, a);
        case "--near-threshold" -> threshold = Double.parseDouble(value(args, ++i, a));
        case "--input-format" -> inputFormat = enumValue(InputFormat.class, value(args, ++i, a), a).name();
        case "--encoding" -> encoding = Charset.forName(value(args, ++i, a)).name();
        case "--text-field" -> textField = value(args, ++i, a);
        case "--title-field" -> titleField = value(args, ++i, a);
        case "--record-element" -> recordElement = value(args, ++i, a);
        case "--strict" -> strict = true;
        case "--split-bytes" -> splitBytes = longValue(value(args, ++i, a), a);
        case "--format" -> fileFormat = enumValue(OutputFormat.class, value(args, ++i, a), a).name();
        case "--name-template" -> template = value(args, ++i, a);
        case "--fanout" -> fanout = intValue(value(args, ++i, a), a);
        default -> {
          if (a.startsWith("-") && !a.equals("-")) {
            throw new UsageException("unknown option '" + a + "'");
          }
          inputs.add(a);
        }
      }
    }
    if (inputs.isEmpty()) {
      throw new UsageException("no input given");
    }
    if (output == null || output.equals("-")) {
      throw new UsageException("--output needs a folder URI: a cluster has no stdout to write to");
    }
    if (!near.equals("off") && !near.equals("paragraph")) {
      throw new UsageException("--near must be off or paragraph on Spark, not '" + near + "'");
    }
    if (!(threshold > 0 && threshold <= 1)) {
      throw new UsageException("--near-threshold must be above 0 and at most 1, not " + threshold);
    }
    if (splitBytes < 1) {
      throw new UsageException("--split-bytes must be 1 or more, not " + splitBytes);
    }
    if (partitions < 0) {
      throw new UsageException("--partitions must be 0 (one per task) or more, not " + partitions);
    }
    if (kind != OutputKind.FILES && (fileFormat != null || template != null || fanout != null)) {
      throw new UsageException("--format, --name-template and --fanout name per-article files: add --output-format files");
    }
    fileFormat = fileFormat == null ? OutputFormat.MD.name() : fileFormat;
    template = checkedTemplate(template == null ? FileNamer.DEFAULT_TEMPLATE : template, OutputFormat.valueOf(fileFormat));
    if (fanout != null && (fanout < 0 || fanout > 100_000_000)) {
      throw new UsageException("--fanout must be between 0 and 100000000, not " + fanout);
    }
    return new JobOptions(List.copyOf(inputs), output, kind, partitions, join, bylines, dedup, minRepeatChars,
        punctuation, keep, near, threshold, inputFormat, encoding, textField, titleField, recordElement, strict, splitBytes,
        fileFormat, template, fanout == null ? 0 : fanout);
  }

  /**
   * The CLI's check of a name template, and one of the job's own: the template must hold {@code
   * ${id}}. Without it two articles can get one name, which the CLI makes unique ({@code -2}) by
   * looking at the files already written, one after another; tasks that write at once cannot.
   */
  private static String checkedTemplate(String template, OutputFormat format) {
    if (template.isBlank()) {
      throw new UsageException("--name-template must not be blank");
    }
    String checked;
    try {
      checked = FileNamer.checkedTemplate(template, format.extension());
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    if (!new FileNamer(checked, 0).isUnique()) {
      throw new UsageException("--name-template must hold ${id} on Spark, so that no two articles get one name");
    }
    return checked;
  }

  /** The per-article files' format ({@code --format}). */
  OutputFormat fileFormat() {
    return OutputFormat.valueOf(format);
  }

  /** The CLI's namer of per-article files ({@code --name-template}, {@code --fanout}). */
  FileNamer namer() {
    return new FileNamer(nameTemplate, fanout);
  }

  RepairSettings repairs() {
    return new RepairSettings(join, bylines, dedup, minRepeatChars, PunctuationStyle.valueOf(punctuation), keepDuplicates);
  }

  DedupSettings dedupSettings() {
    return new DedupSettings(
        DedupSettings.Scope.RUN, null, DedupSettings.NearMode.valueOf(near.toUpperCase(Locale.ROOT)), nearThreshold);
  }

  ReadSettings reading() {
    return new ReadSettings(
        InputFormat.valueOf(inputFormat.toUpperCase(Locale.ROOT)),
        encoding == null ? null : Charset.forName(encoding),
        textField,
        titleField,
        recordElement,
        strict,
        LineReader.DEFAULT_MAX_LINE_BYTES,
        ReadSettings.DEFAULT_MAX_INPUT_BYTES,
        ReadSettings.DEFAULT_MAX_ARTICLE_BYTES);
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new UsageException("option '" + option + "' needs a value");
    }
    return args[i];
  }

  private static long longValue(String text, String option) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new UsageException(option + " needs a whole number, not '" + text + "'");
    }
  }

  private static int intValue(String text, String option) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new UsageException(option + " needs a whole number, not '" + text + "'");
    }
  }

  private static <E extends Enum<E>> E enumValue(Class<E> type, String text, String option) {
    try {
      return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UsageException(option + ": unknown value '" + text + "'");
    }
  }
}
