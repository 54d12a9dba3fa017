package dev.newstidy.cli;

import dev.newstidy.config.RepairSettings;
import dev.newstidy.stage.Pipeline;
import dev.newstidy.stage.byline.ChineseNames;
import dev.newstidy.stage.dedup.InMemoryParagraphIndex;
import dev.newstidy.stage.dedup.ParagraphFingerprint;
import dev.newstidy.stage.furniture.BoilerplateDetector;
import dev.newstidy.stage.furniture.LineEvidence;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where one cold run's CPU goes before and after its first record: run in a fresh JVM per
 * measurement by {@code src/bench/startup-phases.sh}, it does the work of {@code newstidy clean …}
 * one phase at a time on the main thread and prints one line of {@code name=milliseconds} pairs.
 *
 * <p>The phases, each timed by the main thread's own run time ({@code /proc/self/task/ID/schedstat},
 * in nanoseconds): {@code jvm} (every thread's time up to {@code main}), {@code lists} (the word
 * lists and the fingerprint tables), {@code chain} (one pipeline's set-up), {@code model}
 * (picocli's model of the root and the one command, and the parse), {@code command} (the command
 * itself: the model again, now warm, the chain over the input and the output). Then, at exit, the
 * run time of every thread by kind: {@code main}, {@code compiler} (the JIT's threads), {@code gc},
 * {@code vm} (the VM thread and the other JVM threads), and {@code total}.
 *
 * <p>In a real run the lists and the chain's set-up run on the warm-up thread beside the model
 * ({@link Warmup}); here they run in turn, so that each has a figure of its own. The output goes
 * nowhere. Linux only.
 */
public final class StartupPhases {
  private static final Path TASKS = Path.of("/proc/self/task");

  private StartupPhases() {}

  /** Times the phases of {@code newstidy ARGS} and prints them on stdout. */
  public static void main(String[] args) throws IOException {
    Map<String, Long> phases = new java.util.LinkedHashMap<>();
    phases.put("jvm", threadTimes().values().stream().mapToLong(Long::longValue).sum());
    long at = ownTime();
    ParagraphFingerprint.of("");
    ChineseNames.load();
    BoilerplateDetector.load();
    LineEvidence.load();
    at = lap(phases, "lists", at);
    Pipeline.create(RepairSettings.defaults(), new InMemoryParagraphIndex(), article -> {});
    at = lap(phases, "chain", at);
    PrintWriter out = new PrintWriter(new OutputStreamWriter(OutputStream.nullOutputStream(), StandardCharsets.UTF_8));
    Main.commandLine(System.in, out, out, Main.alone(args)).parseArgs(args);
    at = lap(phases, "model", at);
    int code = Main.run(args, System.in, out, out, () -> Warmup.start(() -> {}));
    lap(phases, "command", at);
    Map<String, Long> threads = threadTimes();
    long total = threads.values().stream().mapToLong(Long::longValue).sum();
    threads.forEach(phases::put);
    phases.put("total", total);
    StringBuilder line = new StringBuilder("exit=").append(code);
    phases.forEach((name, nanos) -> line.append(' ').append(name).append('=').append(String.format("%.1f", nanos / 1e6)));
    System.out.println(line);
  }

  private static long lap(Map<String, Long> phases, String name, long since) {
    long now = ownTime();
    phases.put(name, now - since);
    return now;
  }

  /** The main thread's run time so far, in nanoseconds. */
  private static long ownTime() {
    return runTime(Path.of("/proc/thread-self/schedstat"));
  }

  /** The run time of the process's live threads by kind, in nanoseconds. */
  private static Map<String, Long> threadTimes() {
    Map<String, Long> byKind = new TreeMap<>();
    try (DirectoryStream<Path> tasks = Files.newDirectoryStream(TASKS)) {
      for (Path task : tasks) {
        try {
          String name = Files.readString(task.resolve("comm")).strip();
          byKind.merge(kind(name), runTime(task.resolve("schedstat")), Long::sum);
        } catch (UncheckedIOException | NoSuchFileException e) {
          // A thread that ended while the folder was read: its time is gone with it.
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return byKind;
  }

  /** The kind of a JVM thread from its name: {@code C1 CompilerThre} gives {@code compiler}. */
  static String kind(String name) {
    if (name.equals("java") || name.equals("main")) {
      return "main";
    }
    if (name.contains("Compiler")) {
      return "compiler";
    }
    if (name.startsWith("GC") || name.startsWith("G1")) {
      return "gc";
    }
    return "vm";
  }

  private static long runTime(Path schedstat) {
    try {
      return Long.parseLong(Files.readString(schedstat).split(" ")[0]);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
