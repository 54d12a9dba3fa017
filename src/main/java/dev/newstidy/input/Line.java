package dev.newstidy.input;

/**
 * One line of decoded input text, without its line end.
 *
 * @param number 1-based; {@code \n}, {@code \r\n} and {@code \r} each end one line
 * @param invalidBytes how many malformed byte sequences were replaced with U+FFFD
 */
public record Line(int number, String text, int invalidBytes) {
  public boolean isBlank() {
    return text.isBlank();
  }
}
