package cn.yangguang.web.view;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Public pages rendered once per tenant, data generation, language and path, then served as bytes.
 *
 * <p>A county's public pages change a few times a year but are read all day, often over weak
 * village connections: rendering them on every request would spend the server on repeating itself.
 * An entry is keyed by the tenant whose data it shows and by the generation of that data, so a page
 * of one tenant is never served for another and a new generation replaces the old entries of that
 * tenant.
 */
@ApplicationScoped
public class RenderedPages {

  /**
   * Most entries kept per tenant (languages times paths); more than this and the tenant starts
   * over.
   */
  static final int MAX_PER_TENANT = 64;

  private final Map<UUID, TenantPages> byTenant = new ConcurrentHashMap<>();

  private record Key(String template, Locale locale, String path) {}

  private record TenantPages(String dataVersion, Map<Key, Page> pages) {}

  /**
   * A rendered page.
   *
   * @param html the UTF-8 bytes
   * @param etag an entity tag that changes with the data generation and language
   */
  public record Page(byte[] html, String etag) {}

  /**
   * The page for this tenant, data version, language and path, rendered by {@code view} when
   * missing.
   *
   * @param dataVersion identifies the data the page shows (e.g. registry version and structure
   *     generation); a different value discards the tenant's cached pages
   */
  public Page page(
      UUID tenantId,
      String dataVersion,
      String template,
      Locale locale,
      String path,
      Supplier<View> view) {
    TenantPages pages =
        byTenant.compute(
            tenantId,
            (id, current) ->
                current == null
                        || !current.dataVersion().equals(dataVersion)
                        || current.pages().size() >= MAX_PER_TENANT
                    ? new TenantPages(dataVersion, new ConcurrentHashMap<>())
                    : current);
    return pages
        .pages()
        .computeIfAbsent(
            new Key(template, locale, path),
            k ->
                new Page(
                    ViewWriter.render(view.get(), locale, path).getBytes(StandardCharsets.UTF_8),
                    "\""
                        + dataVersion
                        + "-"
                        + locale.toLanguageTag()
                        + "-"
                        + Integer.toHexString(path.hashCode())
                        + "\""));
  }
}
