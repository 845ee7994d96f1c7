package cn.yangguang.hotline.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Parses the codes of the hotline's enums with an error that names the field and the choices. */
final class Enums {

  private Enums() {}

  static <E extends Enum<E>> E parse(Class<E> type, String code, String field) {
    if (code == null || code.isBlank()) {
      throw new TicketException(field, field + " is required");
    }
    try {
      return Enum.valueOf(type, code.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new TicketException(
          field,
          field
              + " must be one of "
              + Arrays.stream(type.getEnumConstants())
                  .map(Enum::name)
                  .collect(Collectors.joining(", "))
              + ", not '"
              + code
              + "'");
    }
  }
}
