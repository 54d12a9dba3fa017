package dev.newstidy.model;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * An oddity reported but not changed, such as a doubled word ({@code 探索探索}) or a Latin word inside
 * a Chinese sentence ({@code 工作制度化 and 运行}).
 *
 * @param code a stable kebab-case code, such as {@code doubled-word}
 * @param line the 1-based input line it stands on
 */
public record Warning(String code, int line, String message) {
  public Warning {
    checkNotNull(code, "code");
    checkNotNull(message, "message");
  }
}
