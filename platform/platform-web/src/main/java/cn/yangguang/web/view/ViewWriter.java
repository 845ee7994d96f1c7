package cn.yangguang.web.view;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders {@link View}s as HTML with one cached Thymeleaf engine (templates are compiled once).
 *
 * <p>Every page gets {@code lang} (the BCP 47 tag for {@code <html lang>}), {@code locale} and
 * {@code path} (for the language switch) besides its own model.
 */
@Provider
@Produces(MediaType.TEXT_HTML)
public class ViewWriter implements MessageBodyWriter<View> {

  private static final TemplateEngine ENGINE = engine();

  @jakarta.ws.rs.core.Context HttpHeaders headers;
  @jakarta.ws.rs.core.Context UriInfo uri;

  @Override
  public boolean isWriteable(
      Class<?> type, Type generic, Annotation[] annotations, MediaType media) {
    return View.class.isAssignableFrom(type);
  }

  @Override
  public void writeTo(
      View view,
      Class<?> type,
      Type generic,
      Annotation[] annotations,
      MediaType media,
      MultivaluedMap<String, Object> httpHeaders,
      OutputStream out) {
    Locale locale = RequestLocale.of(headers, uri);
    Map<String, Object> model = new HashMap<>(view.model());
    model.put("lang", locale.toLanguageTag());
    model.put("locale", locale);
    model.put("path", uri == null ? "/" : "/" + uri.getPath(false).replaceFirst("^/", ""));
    httpHeaders.putSingle("Content-Language", locale.toLanguageTag());
    httpHeaders.putSingle("Content-Type", "text/html; charset=UTF-8");
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    ENGINE.process(view.template(), new Context(locale, model), writer);
    try {
      writer.flush();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Renders a view to a string (tests and pre-rendering). */
  public static String render(View view, Locale locale) {
    return render(view, locale, "/");
  }

  /** Renders a view to a string for a request path (the language switch links to it). */
  public static String render(View view, Locale locale, String path) {
    Map<String, Object> model = new HashMap<>(view.model());
    model.put("lang", locale.toLanguageTag());
    model.put("locale", locale);
    model.put("path", path);
    return ENGINE.process(view.template(), new Context(locale, model));
  }

  private static TemplateEngine engine() {
    ClassLoaderTemplateResolver resolver =
        new ClassLoaderTemplateResolver(ViewWriter.class.getClassLoader());
    resolver.setPrefix("templates/");
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCacheable(true);
    resolver.setCheckExistence(true);
    TemplateEngine engine = new TemplateEngine();
    engine.setTemplateResolver(resolver);
    engine.setMessageResolver(new BundleMessageResolver());
    return engine;
  }
}
