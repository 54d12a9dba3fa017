package dev.newstidy.output;

import dev.newstidy.model.Article;
import dev.newstidy.model.Origin;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * {@code --dry-run}: lists on stdout, one per line, the files that {@code clean --output DIR} would
 * write, and writes nothing. Names are those of a run into an empty folder.
 */
public final class DryRunSink implements ArticleSink {
  private final Path folder;
  private final OutputFormat format;
  private final FileNamer namer;
  private final PrintWriter out;

  public DryRunSink(Path folder, OutputFormat format, FileNamer namer, PrintWriter out) {
    this.folder = folder;
    this.format = format;
    this.namer = namer;
    this.out = out;
  }

  @Override
  public void write(long id, Article article, Origin origin) throws IOException {
    String name = namer.relativeBase(id, article, origin) + "." + format.extension();
    out.println(folder.resolve(name));
    if (out.checkError()) {
      throw new BrokenPipeException();
    }
  }

  @Override
  public void close() throws IOException {
    out.println(folder.resolve(DirectorySink.MANIFEST));
    out.flush();
  }

  @Override
  public void abort() {
    out.flush();
  }
}
