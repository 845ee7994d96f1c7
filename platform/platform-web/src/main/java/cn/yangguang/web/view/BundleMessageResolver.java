package cn.yangguang.web.view;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.AbstractMessageResolver;

/**
 * Thymeleaf messages ({@code #{key}}) from the {@code i18n/*} bundles. A missing key renders as
 * {@code ??key_locale??} so that it shows in tests and reviews instead of vanishing.
 *
 * <p>Each bounded context keeps its texts in its own bundle ({@link #BUNDLES}), so that work on two
 * contexts never edits the same file; a key is looked up in the listed order, the first bundle that
 * has it wins. A listed bundle that does not exist is skipped.
 */
final class BundleMessageResolver extends AbstractMessageResolver {

  /** The base names of the message bundles, consulted in this order. */
  static final List<String> BUNDLES =
      List.of(
          "i18n.messages", "i18n.casework", "i18n.disclosure", "i18n.plugins", "i18n.supervision");

  @Override
  public String resolveMessage(
      ITemplateContext context, Class<?> origin, String key, Object[] messageParameters) {
    return message(key, context.getLocale(), messageParameters);
  }

  /**
   * The message with this key in the locale's language, formatted with the parameters, or null when
   * no bundle has it.
   */
  static String message(String key, Locale locale, Object[] messageParameters) {
    for (String bundle : BUNDLES) {
      String pattern = lookUp(bundle, key, locale);
      if (pattern != null) {
        return messageParameters == null || messageParameters.length == 0
            ? pattern
            : new MessageFormat(pattern, locale).format(messageParameters);
      }
    }
    return null;
  }

  private static String lookUp(String bundle, String key, Locale locale) {
    try {
      ResourceBundle b =
          ResourceBundle.getBundle(
              bundle,
              locale,
              BundleMessageResolver.class.getClassLoader(),
              ResourceBundle.Control.getNoFallbackControl(
                  ResourceBundle.Control.FORMAT_PROPERTIES));
      return b.containsKey(key) ? b.getString(key) : null;
    } catch (MissingResourceException e) {
      return null;
    }
  }

  @Override
  public String createAbsentMessageRepresentation(
      ITemplateContext context, Class<?> origin, String key, Object[] messageParameters) {
    return "??" + key + "_" + context.getLocale() + "??";
  }
}
