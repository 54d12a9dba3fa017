package dev.newstidy.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import picocli.CommandLine;

/**
 * Option defaults from a properties file: {@code --config FILE}, or {@code .newstidy.properties} in
 * the working directory. A key is an option's long name without dashes, for every command ({@code
 * min-repeat-chars=40}), or prefixed by a command's name for that command only ({@code
 * clean.format=txt}, which wins). Options given on the command line still win over both.
 *
 * <p>Example, pinned by {@code ConfigDefaultsTest}: with {@code output=out} and {@code
 * check.fail-on=truncated}, {@code clean x.txt} writes into {@code out/} and {@code check x.txt}
 * fails only on truncated articles.
 */
final class ConfigDefaults implements CommandLine.IDefaultValueProvider {
  /** The file read without {@code --config}, in the working directory. */
  static final String LOCAL_FILE = ".newstidy.properties";

  private final Properties values;

  private ConfigDefaults(Properties values) {
    this.values = values;
  }

  /** Reads {@code file}; a missing or unreadable file is an error that names it. */
  static ConfigDefaults read(Path file) throws IOException {
    Properties values = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      values.load(reader);
    }
    return new ConfigDefaults(values);
  }

  @Override
  public String defaultValue(CommandLine.Model.ArgSpec arg) {
    if (!(arg instanceof CommandLine.Model.OptionSpec option)) {
      return null;
    }
    String name = option.longestName().replaceFirst("^-+", "");
    if (name.equals("config")) {
      return null;
    }
    String command = option.command() == null ? "" : option.command().name();
    String specific = values.getProperty(command + "." + name);
    String value = specific != null ? specific : values.getProperty(name);
    // picocli reads ${…} in defaults as its own variables; a file's ${slug} means the template's.
    return value == null ? null : value.replace("${", "$${");
  }
}
