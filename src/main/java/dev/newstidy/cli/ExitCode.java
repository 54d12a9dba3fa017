package dev.newstidy.cli;

/** The documented exit codes of every newstidy command. */
public final class ExitCode {
  /** The run went well. */
  public static final int OK = 0;
  /** A check that was asked for found something. */
  public static final int FINDINGS = 1;
  /** The command line was wrong: an unknown option, a bad value. */
  public static final int USAGE = 2;
  /** An input could not be read or the output could not be written. */
  public static final int IO = 3;
  /** A bug in newstidy. */
  public static final int INTERNAL = 4;
  /** Interrupted by SIGINT (Ctrl-C). */
  public static final int SIGINT = 130;
  /** Stopped by SIGTERM. */
  public static final int SIGTERM = 143;

  private ExitCode() {}
}
