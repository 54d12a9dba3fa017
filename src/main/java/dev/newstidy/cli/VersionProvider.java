package dev.newstidy.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** Reads {@code --version} from the properties the build writes. */
final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() throws IOException {
    Properties p = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream("/dev/newstidy/version.properties")) {
      if (in != null) {
        p.load(in);
      }
    }
    return new String[] {"newstidy " + p.getProperty("version", "unknown")};
  }
}
