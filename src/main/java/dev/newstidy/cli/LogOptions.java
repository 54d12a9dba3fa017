package dev.newstidy.cli;

import picocli.CommandLine.Option;

/** How much a command says on stderr. */
final class LogOptions {
  @Option(names = {"-q", "--quiet"}, description = "Print nothing on stderr but errors.")
  boolean quiet;

  @Option(names = {"-v", "--verbose"}, description = "Explain each decision on stderr, with its line.")
  boolean verbose;

  @Option(names = "--stacktrace", description = "Print stack traces with errors.")
  boolean stacktrace;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Read option defaults from FILE (properties: min-repeat-chars=40, clean.format=txt) instead of ./.newstidy.properties.")
  java.nio.file.Path config;
}
