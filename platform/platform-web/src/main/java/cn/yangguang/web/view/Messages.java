package cn.yangguang.web.view;

import java.util.List;
import java.util.Locale;

/**
 * The message bundles for text that is not rendered by a template, e.g. the localised reasons of a
 * JSON import report. Same bundles and lookup order as the pages.
 */
public final class Messages {

  private Messages() {}

  /**
   * The message in the locale's language (zh-CN when the locale says nothing else), or null when no
   * bundle has the key.
   *
   * @param args the message's arguments, in order
   */
  public static String format(String key, Locale locale, List<?> args) {
    return BundleMessageResolver.message(
        key, locale == null ? Locale.SIMPLIFIED_CHINESE : locale, args.toArray());
  }
}
