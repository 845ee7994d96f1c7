package cn.yangguang.kernel.identity.application;

import cn.yangguang.kernel.identity.domain.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The role slugs a staff member may hold: the core ones and those plugins declare. Thread-safe;
 * plugins declare their roles while the application starts.
 */
@ApplicationScoped
public class RoleCatalogue {

  private final Map<String, String> declaredBy = Collections.synchronizedMap(new LinkedHashMap<>());

  public RoleCatalogue() {
    Roles.CORE.forEach(r -> declaredBy.put(r, "core"));
  }

  /**
   * Declares a role slug.
   *
   * @param owner the plugin id declaring it
   * @throws IllegalArgumentException when the slug is malformed or taken by another owner
   */
  public void declare(String slug, String owner) {
    if (slug == null || !Roles.SLUG.matcher(slug).matches()) {
      throw new IllegalArgumentException("a role slug is lower-case ASCII: " + slug);
    }
    String previous = declaredBy.putIfAbsent(slug, owner);
    if (previous != null && !previous.equals(owner)) {
      throw new IllegalArgumentException("role " + slug + " is already declared by " + previous);
    }
  }

  /** Whether the slug is a known role. */
  public boolean isKnown(String slug) {
    return declaredBy.containsKey(slug);
  }

  /** Every known slug, core ones first. */
  public List<String> all() {
    synchronized (declaredBy) {
      return List.copyOf(new ArrayList<>(declaredBy.keySet()));
    }
  }
}
