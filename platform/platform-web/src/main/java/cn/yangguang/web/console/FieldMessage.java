package cn.yangguang.web.console;

import java.util.Map;

/**
 * A message shown next to a form field the kernel refused. Its text comes from the message bundles
 * ({@code key}); the kernel's own wording ({@code detail}, English) is shown only when the bundles
 * have no text for the case, so that a new kind of refusal is never silent.
 *
 * @param key e.g. {@code console.error.staff.username.conflict}
 * @param detail the kernel's reason
 */
public record FieldMessage(String key, String detail) {

  /**
   * The errors of a form with one refused field.
   *
   * @param form the form's name in the message keys ({@code staff}, {@code department}, {@code
   *     post})
   */
  static Map<String, FieldMessage> of(String form, String field, String detail, boolean conflict) {
    return Map.of(
        field,
        new FieldMessage(
            "console.error." + form + "." + field + (conflict ? ".conflict" : ""), detail));
  }
}
