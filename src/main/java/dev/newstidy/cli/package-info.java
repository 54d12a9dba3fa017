/**
 * The command line, and the only package that imports picocli: commands, exit codes and error handlers. Nothing imports it.
 */
package dev.newstidy.cli;
