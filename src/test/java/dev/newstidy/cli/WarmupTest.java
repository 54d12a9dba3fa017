package dev.newstidy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The warm-up thread reads the chain's lists while picocli builds the model, and is over before
 * the command runs: nothing runs beside the command, and the output is what it was.
 */
class WarmupTest {
  @TempDir Path temp;

  @Test
  void aCleanRunWaitsForTheWarmupAndLeavesNoThreadBehind() throws Exception {
    Path dump = temp.resolve("dump.txt");
    Files.writeString(dump, "# 白杨镇修桥\n\n记者 欧阳明远\n\n白杨镇新桥昨日通车，两岸村民往来方便。\n", StandardCharsets.UTF_8);
    StringWriter out = new StringWriter();

    int code = Main.run(new String[] {"clean", "-q", "-o", "-", dump.toString()},
        new ByteArrayInputStream(new byte[0]), new PrintWriter(out), new PrintWriter(new StringWriter()));

    assertThat(code).isZero();
    assertThat(out.toString()).contains("白杨镇新桥昨日通车");
    assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals(Warmup.THREAD_NAME));
  }

  @Test
  void helpAndVersionStartNoWarmup() {
    assertThat(Warmup.worthIt(new String[] {"clean", "--help"})).isFalse();
    assertThat(Warmup.worthIt(new String[] {"check", "-h"})).isFalse();
    assertThat(Warmup.worthIt(new String[] {"stats", "-V"})).isFalse();
    assertThat(Warmup.worthIt(new String[] {"clean", "--version", "x.txt"})).isFalse();
  }

  /** Look-alikes: a file named like an option after {@code --}, and options that merely start alike. */
  @Test
  void aRunWithFilesOrLookAlikeOptionsWarmsUp() {
    assertThat(Warmup.worthIt(new String[] {"clean", "-o", "-", "dump.txt"})).isTrue();
    assertThat(Warmup.worthIt(new String[] {"clean", "--", "--help"})).isTrue();
    assertThat(Warmup.worthIt(new String[] {"clean", "--html", "review.html", "dump.txt"})).isTrue();
    assertThat(Warmup.worthIt(new String[] {"check", "--version-file", "x"})).isTrue();
  }

  @Test
  void theWarmupEndsAndAwaitReturns() {
    Warmup warmup = Warmup.start();

    warmup.await();

    assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals(Warmup.THREAD_NAME));
  }

  @Test
  void aFailingLoadComesBackFromAwaitWithItsCause() {
    Warmup warmup = Warmup.start(() -> {
      throw new ExceptionInInitializerError(new IllegalArgumentException("resource rivers.txt relative to Atlas not found."));
    });

    Optional<Throwable> failure = warmup.await();

    assertThat(failure).isPresent();
    assertThat(ErrorHandler.cannotLoad("the shipped word lists and models", failure.get()))
        .isEqualTo("error: internal error: cannot load the shipped word lists and models (resource rivers.txt relative to Atlas not found.);"
            + " the jar is damaged or incomplete");
  }

  /** Before: the failure was swallowed, and the chain later died with a bare NoClassDefFoundError and exit 1. */
  @Test
  void aRunWhoseListsCannotLoadSaysSoInOneLineWithExit4() throws Exception {
    Path dump = temp.resolve("dump.txt");
    Files.writeString(dump, "# 青禾渡口新船\n\n青禾渡口的新渡船今早下水。\n", StandardCharsets.UTF_8);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    int code = Main.run(new String[] {"clean", "-q", "-o", "-", dump.toString()},
        new ByteArrayInputStream(new byte[0]), new PrintWriter(out), new PrintWriter(err),
        () -> Warmup.start(() -> {
          throw new ExceptionInInitializerError(new IllegalStateException("resource lakes.txt not found."));
        }));

    assertThat(code).isEqualTo(ExitCode.INTERNAL);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString().lines()).containsExactly(
        "error: internal error: cannot load the shipped word lists and models (resource lakes.txt not found.); the jar is damaged or incomplete");
  }

  /** A plain bug in the set-up is not blamed on the jar, and a cause chain that loops still ends. */
  @Test
  void aFailureThatIsNoLinkageErrorIsReportedAsABug() {
    IllegalStateException first = new IllegalStateException("weights out of range");
    IllegalStateException second = new IllegalStateException("reading the weights", first);
    first.initCause(second);

    String line = ErrorHandler.cannotLoad("the shipped word lists and models", second);

    assertThat(line).startsWith("error: internal error: cannot load the shipped word lists and models (");
    assertThat(line).endsWith("); this is a bug in newstidy");
  }

  /** A class whose set-up failed earlier is met as NoClassDefFoundError: still one line, exit 4. */
  @Test
  void aClassThatCannotBeLoadedIsOneLineUnlessAStackTraceIsAsked() {
    StringWriter err = new StringWriter();
    NoClassDefFoundError failure = new NoClassDefFoundError("Could not initialize class dev.example.Harbours");

    int code = Main.cannotLoad("a part of newstidy", failure, new String[] {"clean", "x.txt"}, new PrintWriter(err));

    assertThat(code).isEqualTo(ExitCode.INTERNAL);
    assertThat(err.toString().lines()).containsExactly(
        "error: internal error: cannot load a part of newstidy (Could not initialize class dev.example.Harbours);"
            + " the jar is damaged or incomplete");
    StringWriter traced = new StringWriter();
    Main.cannotLoad("a part of newstidy", failure, new String[] {"clean", "--stacktrace", "x.txt"}, new PrintWriter(traced));
    assertThat(traced.toString().lines().count()).isGreaterThan(1);
  }

  /** Look-alike: a warm-up that loads fine gives no failure. */
  @Test
  void aWarmupThatLoadsFineGivesNoFailure() {
    assertThat(Warmup.start(() -> {}).await()).isEmpty();
  }
}
