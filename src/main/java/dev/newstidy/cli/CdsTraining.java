package dev.newstidy.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * The training run behind the class-data archive: runs the commands a user starts with, in one
 * JVM, so that the class list the JVM writes ({@code -XX:DumpLoadedClassList}) names the classes
 * of each of them, not of one path only. {@code mvn package} runs it over {@code samples/}:
 *
 * <pre>
 * java -XX:DumpLoadedClassList=newstidy.classlist -cp newstidy.jar dev.newstidy.cli.CdsTraining samples
 * </pre>
 *
 * <p>Trained on one path ({@code clean --quiet --output - samples}), the archive left out what the
 * others load: 26 classes for per-article files, about 470 (Jackson's data binding) for JSON Lines,
 * about 100 for a gzip input, about 80 for {@code check}, {@code stats} or a run's summary, each
 * then read from the jar and verified at every start. The runs here: the folder's text files to
 * stdout and to per-article files (with the summary), the same texts as gzip-compressed JSON Lines,
 * {@code check} and {@code stats}. Their output goes nowhere, and the files they write live in a
 * temporary folder removed at the end; before them, the version line and the jar opened as {@code
 * java -jar} opens it. Not a command of the tool, and no part of a user's run.
 */
public final class CdsTraining {
  private CdsTraining() {}

  /** Runs the training commands over the {@code *.txt} files of the folder named first. */
  public static void main(String[] args) throws IOException {
    train(Path.of(args[0]), Path.of(System.getProperty("java.io.tmpdir")));
  }

  /** Runs the training commands over {@code samples}, with their files in a folder under {@code parent}. */
  static void train(Path samples, Path parent) throws IOException {
    Path work = Files.createTempDirectory(parent, "newstidy-cds");
    boolean trained = false;
    try {
      Path pages = work.resolve("pages.jsonl.gz");
      writeJsonLines(texts(samples), pages);
      String folder = samples.toString();
      String out = work.resolve("out").toString();
      openAsJavaJarDoes();
      Launcher.printVersion(OutputStream.nullOutputStream(), new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
      run(0, "clean", "--quiet", "--output", "-", folder);
      run(0, "clean", "--output", out, folder);
      run(0, "clean", "--quiet", "--output", "-", pages.toString());
      run(1, "check", folder);
      run(0, "stats", folder);
      trained = true;
    } finally {
      if (trained) {
        delete(work);
      } else {
        deleteQuietly(work);
      }
    }
  }

  /**
   * Opens the jar this class came from and reads its manifest, checked, as {@code java -jar}
   * does before {@code main}: its classes (the jar verifier among them) are then in the list too,
   * though this run starts with {@code -cp}.
   */
  private static void openAsJavaJarDoes() throws IOException {
    java.security.CodeSource source = CdsTraining.class.getProtectionDomain().getCodeSource();
    if (source == null || !source.getLocation().getPath().endsWith(".jar")) {
      return;
    }
    try (JarFile jar = new JarFile(Path.of(java.net.URI.create(source.getLocation().toString())).toFile(), true)) {
      jar.getManifest();
    }
  }

  /**
   * Runs one command and fails the training, and so the build, when it exits over {@code
   * highestExit} (0 for success; 1 for {@code check}, whose findings on the samples are expected):
   * an archive trained on a failed run would leave out the classes of the real one.
   */
  private static void run(int highestExit, String... args) {
    PrintWriter nowhere = new PrintWriter(new OutputStreamWriter(OutputStream.nullOutputStream(), StandardCharsets.UTF_8));
    int exit = Main.run(args, InputStream.nullInputStream(), nowhere, nowhere);
    if (exit > highestExit) {
      throw new IllegalStateException("training run `" + String.join(" ", args) + "` exited with " + exit);
    }
  }

  private static List<Path> texts(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(file -> file.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
  }

  /** One JSON Lines page per text file, gzip-compressed: {@code {"url": "a.txt", "text": "…"}}. */
  private static void writeJsonLines(List<Path> texts, Path pages) throws IOException {
    try (OutputStream gzip = new GZIPOutputStream(Files.newOutputStream(pages));
        JsonGenerator json = new JsonFactory().createGenerator(gzip)) {
      json.setRootValueSeparator(new SerializedString("\n"));
      for (Path text : texts) {
        json.writeStartObject();
        json.writeStringField("url", text.getFileName().toString());
        json.writeStringField("text", new String(Files.readAllBytes(text), StandardCharsets.UTF_8));
        json.writeEndObject();
      }
    }
  }

  private static void delete(Path folder) throws IOException {
    List<Path> paths = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      walk.sorted(Comparator.reverseOrder()).forEach(paths::add);
    }
    for (Path path : paths) {
      try {
        Files.delete(path);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Removes what a failed training left, so that its own error is the one reported. */
  private static void deleteQuietly(Path folder) {
    try {
      delete(folder);
    } catch (IOException | UncheckedIOException e) {
      // the training's own failure is on its way up; a leftover temporary folder is the lesser fault
    }
  }
}
