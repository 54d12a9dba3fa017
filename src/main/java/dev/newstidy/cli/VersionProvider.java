package dev.newstidy.cli;

import java.io.IOException;
import picocli.CommandLine;

/** Gives picocli the {@code --version} line of {@link BuildVersion}. */
final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() throws IOException {
    return new String[] {BuildVersion.line()};
  }
}
