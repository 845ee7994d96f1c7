package cn.yangguang.kernel.identity.application;

import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.kernel.identity.domain.Roles;
import cn.yangguang.kernel.tenancy.application.OnboardingParticipant;
import cn.yangguang.kernel.tenancy.application.TenantTransactions;
import cn.yangguang.kernel.tenancy.manifest.TenantManifest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Onboarding's identity part: the county's Keycloak organization (alias = slug) and its initial
 * tenant admin {@code <slug>.admin}, created in Keycloak before the registry is written (so a
 * Keycloak outage fails the onboarding before anything is applied) and put on the staff with the
 * {@code admin} role once the county exists. Both steps are idempotent; an existing admin row is
 * never overwritten (a county's admins may have changed it).
 */
@ApplicationScoped
public class CountyOrganizations implements OnboardingParticipant {

  @Inject IdentityProvider identity;
  @Inject TenantTransactions transactions;
  @Inject StaffAdministration administration;

  /** The initial admin's user name for a county. */
  public static String initialAdmin(String slug) {
    return slug + ".admin";
  }

  @Override
  public Map<String, String> prepare(TenantManifest manifest) {
    String organization = identity.ensureOrganization(manifest.slug(), manifest.nameZh());
    String admin = initialAdmin(manifest.slug());
    Map<String, String> details = new LinkedHashMap<>();
    details.put("organization", manifest.slug());
    details.put("initialAdmin", admin);
    Optional<UUID> existing = identity.findUser(admin);
    UUID userId;
    if (existing.isPresent()) {
      userId = existing.get();
    } else {
      String password = StaffAdministration.temporaryPassword();
      userId = identity.createUser(admin, manifest.nameZh() + "管理员", password, true);
      details.put("initialAdminTemporaryPassword", password);
    }
    identity.ensureMember(organization, userId);
    return details;
  }

  @Override
  public Map<String, String> complete(TenantRef tenant, TenantManifest manifest, String actor) {
    String admin = initialAdmin(manifest.slug());
    UUID userId =
        identity
            .findUser(admin)
            .orElseThrow(
                () -> new IdentityProviderException("user " + admin + " vanished from Keycloak"));
    transactions.run(
        tenant,
        () ->
            administration.enrol(
                tenant,
                userId,
                admin,
                new StaffAssignment(manifest.nameZh() + "管理员", null, Set.of(Roles.ADMIN), Set.of()),
                actor,
                true));
    return Map.of();
  }
}
