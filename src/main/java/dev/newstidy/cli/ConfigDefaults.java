package dev.newstidy.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 *
 * <p>A key that names no option ({@code min-repat-chars}, {@code clean.formt}) is an error that
 * names the file and line, and so is a bad value ({@code format=xml}): a typo in a file nobody
 * looks at must not change a run silently.
 */
final class ConfigDefaults implements CommandLine.IDefaultValueProvider {
  /** The file read without {@code --config}, in the working directory. */
  static final String LOCAL_FILE = ".newstidy.properties";

  /** A key's name: what stands before the first {@code =}, {@code :} or space of a line. */
  private static final Pattern KEY = Pattern.compile("^\\s*([^=:\\s]+)");

  private final Path file;
  private final Properties values;
  private final List<String> lines;

  private ConfigDefaults(Path file, Properties values, List<String> lines) {
    this.file = file;
    this.values = values;
    this.lines = lines;
  }

  /** Reads {@code file}; a missing or unreadable file is an error that names it. */
  static ConfigDefaults read(Path file) throws IOException {
    Properties values = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      values.load(reader);
    }
    return new ConfigDefaults(file, values, Files.readAllLines(file, StandardCharsets.UTF_8));
  }

  /**
   * The first key that names no option of {@code root}'s commands, as {@code FILE:LINE: unknown
   * option 'formt'…}, or empty when every key is known. Example: {@code check.fail-on} is known,
   * {@code stats.fail-on} is not (stats has no such option), {@code clean.formt} is not.
   */
  Optional<String> unknownKey(CommandLine root) {
    Map<String, Set<String>> known = new TreeMap<>();
    Set<String> anywhere = new TreeSet<>();
    for (Map.Entry<String, CommandLine> sub : root.getSubcommands().entrySet()) {
      Set<String> names = new TreeSet<>();
      for (CommandLine.Model.OptionSpec option : sub.getValue().getCommandSpec().options()) {
        names.add(option.longestName().replaceFirst("^-+", ""));
      }
      known.put(sub.getKey(), names);
      anywhere.addAll(names);
    }
    for (String key : new TreeSet<>(values.stringPropertyNames())) {
      int dot = key.indexOf('.');
      boolean ok =
          dot > 0 && known.containsKey(key.substring(0, dot))
              ? known.get(key.substring(0, dot)).contains(key.substring(dot + 1))
              : anywhere.contains(key);
      if (!ok) {
        return Optional.of(
            where(key) + ": unknown option '" + key + "'; a key is an option's long name without dashes,"
                + " alone or after a command's name (" + String.join(", ", known.keySet()) + ") and a dot");
      }
    }
    return Optional.empty();
  }

  /**
   * {@code FILE:LINE} of the value this file gives {@code option}, or null when it gives none: a
   * bad value is reported where it was written.
   */
  String origin(CommandLine.Model.OptionSpec option) {
    String name = option.longestName().replaceFirst("^-+", "");
    String command = option.command() == null ? "" : option.command().name();
    String key = values.getProperty(command + "." + name) != null ? command + "." + name : name;
    return values.getProperty(key) == null ? null : where(key);
  }

  /** {@code FILE:LINE} of {@code key}'s line, or {@code FILE} when the line cannot be told. */
  private String where(String key) {
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = KEY.matcher(lines.get(i));
      if (m.find() && m.group(1).equals(key) && !m.group(1).startsWith("#") && !m.group(1).startsWith("!")) {
        return file + ":" + (i + 1);
      }
    }
    return file.toString();
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
