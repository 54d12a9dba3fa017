package dev.newstidy.cli;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine;

/**
 * Converts option values as users write them, and says in their words what is wrong: enum values
 * in lower case with {@code -} ({@code --near paragraph}, {@code --format MD} accepted too), and
 * charsets without Java's exception names.
 *
 * <p>Examples, pinned by {@code OptionValueConvertersTest}: {@code --format xml} gives {@code expected
 * one of md, txt, json but was 'xml'}; {@code --encoding NOPE} gives {@code unknown charset 'NOPE'}
 * rather than {@code (java.nio.charset.UnsupportedCharsetException: NOPE)}.
 */
final class OptionValueConverters {
  private OptionValueConverters() {}

  /**
   * Registers a converter for each of {@code enums} and for {@link Charset} on {@code cl}.
   *
   * <p>Named classes, not lambdas: a lambda implementing picocli's converter interface makes the
   * class-data sharing dump link that interface, and JDK 17 then leaves it and every picocli class
   * implementing it (31 of them) out of the archive, as it does any Java 5 class linked at dump time.
   */
  @SafeVarargs
  static void register(CommandLine cl, Class<? extends Enum<?>>... enums) {
    for (Class<? extends Enum<?>> type : enums) {
      registerEnum(cl, type);
    }
    cl.registerConverter(Charset.class, new CharsetConverter());
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void registerEnum(CommandLine cl, Class<? extends Enum<?>> type) {
    cl.registerConverter((Class) type, new EnumConverter(type));
  }

  /** {@link #enumValue} for one enum type. */
  private static final class EnumConverter implements CommandLine.ITypeConverter<Object> {
    private final Class<? extends Enum<?>> type;

    EnumConverter(Class<? extends Enum<?>> type) {
      this.type = type;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Object convert(String value) {
      return enumValue((Class) type, value);
    }
  }

  /** {@link #charset} as a converter. */
  private static final class CharsetConverter implements CommandLine.ITypeConverter<Charset> {
    @Override
    public Charset convert(String value) {
      return charset(value);
    }
  }

  /** The constant called {@code value} in any case, with {@code -} or {@code _}. */
  static <E extends Enum<E>> E enumValue(Class<E> type, String value) {
    String wanted = value.strip().replace('-', '_');
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equalsIgnoreCase(wanted)) {
        return constant;
      }
    }
    throw new CommandLine.TypeConversionException(
        "expected one of " + choices(type) + " but was '" + value + "'");
  }

  /** {@code md, txt, json}: the values as the help writes them. */
  static String choices(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(c -> c.name().toLowerCase(Locale.ROOT).replace('_', '-'))
        .collect(Collectors.joining(", "));
  }

  static Charset charset(String name) {
    try {
      return Charset.forName(name.strip());
    } catch (UnsupportedCharsetException | IllegalCharsetNameException e) {
      throw new CommandLine.TypeConversionException(
          "unknown charset '" + name + "'; give a Java charset name such as UTF-8, GB18030, Big5 or UTF-16");
    }
  }
}
