package cn.yangguang.kernel.identity.application;

import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.kernel.identity.domain.OversightGrant;
import cn.yangguang.kernel.identity.domain.PlatformGrantRepository;
import cn.yangguang.kernel.tenancy.application.ResolvedTenant;
import cn.yangguang.kernel.tenancy.application.TenantDirectory;
import cn.yangguang.kernel.tenancy.application.TenantTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The demo accounts of the local stack and the test stack ({@code tenants/demo-accounts.yaml}),
 * applied at startup when {@code yg.demo.accounts.file} is set, through the same doors as real
 * staff: Keycloak user and organization membership, then the platform rows. Idempotent; each run
 * sets passwords, roles and posts to what the file says. Production never sets the file.
 */
@ApplicationScoped
public class DemoAccounts {

  private static final Logger LOG = Logger.getLogger(DemoAccounts.class.getName());
  private static final String ACTOR = "system:demo-accounts";

  @Inject
  @ConfigProperty(name = "yg.demo.accounts.file")
  Optional<String> file;

  @Inject IdentityProvider identity;
  @Inject TenantDirectory tenants;
  @Inject TenantTransactions transactions;
  @Inject StaffAdministration administration;
  @Inject PlatformGrantRepository grants;

  /**
   * Applies the file, if configured.
   *
   * @return how many accounts were applied (0 when no file is configured)
   */
  public int apply() {
    if (file.isEmpty() || file.get().isBlank()) {
      return 0;
    }
    Map<String, Object> doc = read(Path.of(file.get()));
    String password = String.valueOf(doc.get("password"));
    Map<String, String> organizations = new HashMap<>();
    int count = 0;
    for (Map<String, Object> account : maps(doc.get("accounts"))) {
      String username = String.valueOf(account.get("username"));
      String name = String.valueOf(account.getOrDefault("name", username));
      UUID userId =
          identity
              .findUser(username)
              .orElseGet(() -> identity.createUser(username, name, null, false));
      identity.setPassword(userId, password, false);
      for (Map<String, Object> m : maps(account.get("memberships"))) {
        String slug = String.valueOf(m.get("tenant"));
        ResolvedTenant tenant =
            tenants
                .bySlug(slug)
                .orElseThrow(() -> new IllegalStateException("demo account of unknown " + slug));
        String org =
            organizations.computeIfAbsent(
                slug,
                s ->
                    identity
                        .findOrganization(s)
                        .orElseThrow(() -> new IllegalStateException("no organization " + s)));
        identity.ensureMember(org, userId);
        StaffAssignment assignment =
            new StaffAssignment(
                name,
                (String) m.get("department"),
                new LinkedHashSet<>(strings(m.get("roles"))),
                new LinkedHashSet<>(strings(m.get("posts"))));
        TenantRef ref = tenant.ref();
        transactions.run(
            ref, () -> administration.enrol(ref, userId, username, assignment, ACTOR, false));
      }
      for (Map<String, Object> o : maps(account.get("oversight"))) {
        grants.grant(
            new OversightGrant(
                userId,
                username,
                OversightGrant.Level.valueOf(String.valueOf(o.get("level"))),
                String.valueOf(o.get("code"))),
            ACTOR);
      }
      if (Boolean.TRUE.equals(account.get("operator"))) {
        grants.grantOperator(userId, username, ACTOR);
      }
      count++;
    }
    LOG.info("demo accounts applied: " + count);
    return count;
  }

  private static Map<String, Object> read(Path path) {
    try {
      Object loaded =
          new Yaml(new SafeConstructor(new LoaderOptions()))
              .load(Files.readString(path, StandardCharsets.UTF_8));
      if (!(loaded instanceof Map<?, ?> map)) {
        throw new IllegalStateException(path + " is not a YAML mapping");
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> typed = (Map<String, Object>) map;
      return typed;
    } catch (IOException e) {
      throw new IllegalStateException("cannot read demo accounts " + path + ": " + e, e);
    }
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> maps(Object value) {
    return value instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
  }

  private static List<String> strings(Object value) {
    return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
  }
}
