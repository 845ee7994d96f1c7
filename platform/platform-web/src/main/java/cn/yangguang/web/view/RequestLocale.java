package cn.yangguang.web.view;

import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;

/**
 * Which language a request gets: {@code ?lang=} first, then the {@code yg_lang} cookie, then the
 * first supported language of Accept-Language, then zh-CN. Only zh-CN and English are supported.
 */
public final class RequestLocale {

  /** The default: the platform serves Chinese counties. */
  public static final Locale DEFAULT = Locale.SIMPLIFIED_CHINESE;

  /** The cookie that remembers a visitor's choice. */
  public static final String COOKIE = "yg_lang";

  private RequestLocale() {}

  /** The locale for a request. */
  public static Locale of(HttpHeaders headers, UriInfo uri) {
    if (uri != null) {
      Locale fromQuery = parse(uri.getQueryParameters().getFirst("lang"));
      if (fromQuery != null) {
        return fromQuery;
      }
    }
    if (headers != null) {
      Cookie cookie = headers.getCookies().get(COOKIE);
      Locale fromCookie = cookie == null ? null : parse(cookie.getValue());
      if (fromCookie != null) {
        return fromCookie;
      }
      for (Locale l : headers.getAcceptableLanguages()) {
        Locale supported = parse(l.getLanguage());
        if (supported != null) {
          return supported;
        }
      }
    }
    return DEFAULT;
  }

  /** zh/zh-CN or en, else null. */
  static Locale parse(String tag) {
    if (tag == null || tag.isBlank()) {
      return null;
    }
    String lang = tag.strip().toLowerCase(Locale.ROOT);
    if (lang.startsWith("zh")) {
      return Locale.SIMPLIFIED_CHINESE;
    }
    if (lang.startsWith("en")) {
      return Locale.ENGLISH;
    }
    return null;
  }
}
