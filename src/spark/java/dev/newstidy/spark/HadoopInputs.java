package dev.newstidy.spark;

import dev.newstidy.input.InputException;
import dev.newstidy.input.InputResolver;
import dev.newstidy.input.InputSource;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * The job's inputs on any Hadoop filesystem, in the CLI's order: the arguments as given, a folder's
 * dumps in sorted path order, hidden files and files of other kinds passed over. Each is named by
 * its qualified URI, which is what its records' {@code source.path} says.
 *
 * <p>Example, pinned by {@code HadoopInputsTest}: a folder holding {@code b.txt}, {@code a.jsonl},
 * {@code .draft.txt} and {@code notes.pdf} gives {@code file:/…/a.jsonl}, {@code file:/…/b.txt}.
 */
final class HadoopInputs {
  private HadoopInputs() {}

  /** The URIs of the inputs, in the order they are read; a missing one is an input error. */
  static List<String> resolve(List<String> arguments, Configuration conf) throws IOException {
    List<String> uris = new ArrayList<>();
    for (String argument : arguments) {
      Path path = new Path(argument);
      FileSystem fs = path.getFileSystem(conf);
      FileStatus status;
      try {
        status = fs.getFileStatus(path);
      } catch (FileNotFoundException e) {
        throw new InputException(argument, "no such file or folder");
      }
      Path qualified = fs.makeQualified(status.getPath());
      if (!status.isDirectory()) {
        uris.add(qualified.toString());
        continue;
      }
      List<String> found = new ArrayList<>();
      String prefix = qualified.toString() + "/";
      RemoteIterator<LocatedFileStatus> files = fs.listFiles(qualified, true);
      while (files.hasNext()) {
        String uri = fs.makeQualified(files.next().getPath()).toString();
        String relative = uri.startsWith(prefix) ? uri.substring(prefix.length()) : uri;
        if (!isHidden(relative) && InputResolver.isDumpName(new Path(uri).getName())) {
          found.add(uri);
        }
      }
      found.sort(String::compareTo);
      uris.addAll(found);
    }
    return uris;
  }

  /** An input that a task opens through the Hadoop filesystem its URI names. */
  static InputSource source(String uri, HadoopConf conf) {
    return InputSource.opened(uri, () -> {
      Path path = new Path(uri);
      return path.getFileSystem(conf.get()).open(path);
    });
  }

  private static boolean isHidden(String relative) {
    for (String part : relative.split("/")) {
      if (part.startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}
