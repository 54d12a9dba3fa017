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
}
