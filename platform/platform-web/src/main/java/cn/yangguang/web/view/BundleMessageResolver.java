package cn.yangguang.web.view;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.AbstractMessageResolver;

/**
 * Thymeleaf messages ({@code #{key}}) from the {@code i18n/messages} bundles. A missing key renders
 * as {@code ??key_locale??} so that it shows in tests and reviews instead of vanishing.
 */
final class BundleMessageResolver extends AbstractMessageResolver {

  static final String BUNDLE = "i18n.messages";

  @Override
  public String resolveMessage(
      ITemplateContext context, Class<?> origin, String key, Object[] messageParameters) {
    Locale locale = context.getLocale();
    try {
      String pattern =
          ResourceBundle.getBundle(
                  BUNDLE,
                  locale,
                  BundleMessageResolver.class.getClassLoader(),
                  ResourceBundle.Control.getNoFallbackControl(
                      ResourceBundle.Control.FORMAT_PROPERTIES))
              .getString(key);
      return messageParameters == null || messageParameters.length == 0
          ? pattern
          : new MessageFormat(pattern, locale).format(messageParameters);
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
