package cn.yangguang.kernel.identity.application;

import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.kernel.audit.AuditTrail;
import cn.yangguang.kernel.identity.domain.Roles;
import cn.yangguang.kernel.identity.domain.StaffMember;
import cn.yangguang.kernel.identity.domain.StaffRepository;
import cn.yangguang.kernel.tenancy.application.TenantStructureService;
import cn.yangguang.kernel.tenancy.domain.TenantStructure;
import cn.yangguang.kernel.tenancy.domain.TenantStructure.DepartmentView;
import cn.yangguang.kernel.tenancy.domain.TenantStructure.PostView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Staff management for a county's admins: adding people (their Keycloak user and organization
 * membership first, then the platform rows), changing department, roles and posts, deactivating.
 * Every change is validated in full before anything is written and lands in the county's audit
 * trail in the same transaction as the change.
 */
@ApplicationScoped
public class StaffAdministration {

  /** What a user name may look like (Keycloak lower-cases them; we refuse what it would change). */
  public static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,59}");

  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject cn.yangguang.kernel.tenancy.application.TenantTransactions transactions;
  @Inject StaffRepository staff;
  @Inject IdentityProvider identity;
  @Inject TenantStructureService structures;
  @Inject RoleCatalogue roles;
  @Inject AuditTrail audit;

  /** A staff member just added, with the temporary password of a newly created user (or null). */
  public record Added(StaffMember member, String temporaryPassword) {}

  /**
   * Adds a person to the county's staff. An existing Keycloak user (e.g. staff of another county)
   * is reused; otherwise one is created with a temporary password she must change at first login.
   *
   * @throws StaffChangeRejectedException naming the field at fault; nothing changed
   * @throws IdentityProviderUnavailableException when Keycloak is down; nothing changed here, and a
   *     retry completes the work
   */
  public Added add(TenantRef tenant, String username, StaffAssignment a, String actor) {
    if (username == null || !USERNAME.matcher(username).matches()) {
      throw new StaffChangeRejectedException(
          "username", "a user name is 2-60 lower-case letters, digits, '.', '_' or '-'", false);
    }
    Resolved r = resolve(tenant, a);
    String organization =
        identity
            .findOrganization(tenant.slug())
            .orElseThrow(
                () ->
                    new IdentityProviderException(
                        "the county has no organization in Keycloak: re-apply its onboarding"));
    Optional<UUID> existing = identity.findUser(username);
    String temporary = existing.isPresent() ? null : temporaryPassword();
    UUID userId =
        existing.orElseGet(() -> identity.createUser(username, a.displayName(), temporary, true));
    identity.ensureMember(organization, userId);
    StaffMember added =
        transactions.call(
            tenant,
            () -> {
              if (staff.findByUser(userId).isPresent()) {
                throw new StaffChangeRejectedException(
                    "username", username + " is already on the staff of this county", true);
              }
              StaffMember m = newMember(userId, username, a, r);
              staff.save(m, actor);
              record(tenant, actor, m, "staff.add", a);
              return m;
            });
    return new Added(added, temporary);
  }

  /**
   * Sets a staff member's name, department, roles and posts. Takes effect on her next request.
   *
   * @throws StaffChangeRejectedException naming the field at fault; nothing changed
   */
  public StaffMember assign(TenantRef tenant, UUID staffId, StaffAssignment a, String actor) {
    Resolved r = resolve(tenant, a);
    return transactions.call(
        tenant,
        () -> {
          StaffMember m = existing(staffId);
          StaffMember changed =
              m.assigned(a.displayName(), r.departmentId(), r.roles(), r.postIds());
          keepAnAdmin(m, changed, "roles");
          staff.save(changed, actor);
          record(tenant, actor, changed, "staff.assign", a);
          return changed;
        });
  }

  /** Deactivates (she may no longer act; her history stays) or reactivates a staff member. */
  public StaffMember setActive(TenantRef tenant, UUID staffId, boolean active, String actor) {
    return transactions.call(
        tenant,
        () -> {
          StaffMember current = existing(staffId);
          if (!active && current.username().equals(actor)) {
            throw new StaffChangeRejectedException(
                "active", "you cannot deactivate yourself: ask another admin", true);
          }
          StaffMember changed = current.withActive(active);
          keepAnAdmin(current, changed, "active");
          staff.save(changed, actor);
          audit.record(
              tenant,
              actor,
              "admin",
              "staff",
              staffId.toString(),
              active ? "staff.reactivate" : "staff.deactivate",
              Json.createObjectBuilder().add("username", changed.username()).build().toString());
          return changed;
        });
  }

  /**
   * Puts a known Keycloak user on the staff with exactly these assignments, creating or updating
   * her row (onboarding's initial admin and the demo accounts). Must run in the tenant's
   * transaction; the caller has made her a member of the organization.
   *
   * @param keepExisting when true an existing row is left as it is (an admin may have changed it)
   */
  public StaffMember enrol(
      TenantRef tenant,
      UUID userId,
      String username,
      StaffAssignment a,
      String actor,
      boolean keepExisting) {
    transactions.requireCurrent(tenant, "staff enrolment");
    Resolved r = resolve(tenant, a);
    Optional<StaffMember> current = staff.findByUser(userId);
    if (current.isPresent() && keepExisting) {
      return current.get();
    }
    StaffMember m =
        current
            .map(c -> c.assigned(a.displayName(), r.departmentId(), r.roles(), r.postIds()))
            .map(c -> c.withActive(true))
            .orElseGet(() -> newMember(userId, username, a, r));
    if (current.isEmpty() || !current.get().equals(m)) {
      staff.save(m, actor);
      record(tenant, actor, m, current.isEmpty() ? "staff.add" : "staff.assign", a);
    }
    return m;
  }

  /** Refuses a change that would leave the county without an active admin (a lockout). */
  private void keepAnAdmin(StaffMember before, StaffMember after, String field) {
    boolean was = before.active() && before.roles().contains(Roles.ADMIN);
    boolean is = after.active() && after.roles().contains(Roles.ADMIN);
    if (was
        && !is
        && staff.list().stream()
            .noneMatch(
                s ->
                    !s.id().equals(before.id()) && s.active() && s.roles().contains(Roles.ADMIN))) {
      throw new StaffChangeRejectedException(
          field, "the county would have no active admin left: appoint another admin first", true);
    }
  }

  private StaffMember existing(UUID staffId) {
    return staff.find(staffId).orElseThrow(() -> new StaffNotFoundException(staffId));
  }

  private static StaffMember newMember(
      UUID userId, String username, StaffAssignment a, Resolved r) {
    return new StaffMember(
        UUID.randomUUID(),
        userId,
        username,
        a.displayName(),
        r.departmentId(),
        true,
        r.roles(),
        r.postIds());
  }

  private record Resolved(UUID departmentId, Set<String> roles, Set<UUID> postIds) {}

  private Resolved resolve(TenantRef tenant, StaffAssignment a) {
    if (a.displayName() == null || a.displayName().isBlank() || a.displayName().length() > 100) {
      throw new StaffChangeRejectedException("displayName", "a name of 1-100 characters", false);
    }
    for (String role : a.roles()) {
      if (!roles.isKnown(role)) {
        throw new StaffChangeRejectedException("roles", "unknown role: " + role, false);
      }
    }
    TenantStructure structure = structures.structure(tenant);
    UUID departmentId = null;
    if (a.departmentCode() != null && !a.departmentCode().isBlank()) {
      departmentId =
          structure.departments().stream()
              .filter(d -> d.code().equals(a.departmentCode()))
              .map(DepartmentView::id)
              .findFirst()
              .orElseThrow(
                  () ->
                      new StaffChangeRejectedException(
                          "department", "no active department " + a.departmentCode(), false));
    }
    Set<UUID> posts = new HashSet<>();
    for (String code : a.postCodes()) {
      posts.add(
          structure.departments().stream()
              .flatMap(d -> d.posts().stream())
              .filter(p -> p.code().equals(code))
              .map(PostView::id)
              .findFirst()
              .orElseThrow(
                  () ->
                      new StaffChangeRejectedException("posts", "no active post " + code, false)));
    }
    return new Resolved(departmentId, a.roles(), posts);
  }

  private void record(
      TenantRef tenant, String actor, StaffMember m, String action, StaffAssignment a) {
    JsonArrayBuilder roleList = Json.createArrayBuilder();
    new TreeSet<>(a.roles()).forEach(roleList::add);
    JsonArrayBuilder postList = Json.createArrayBuilder();
    new TreeSet<>(a.postCodes()).forEach(postList::add);
    audit.record(
        tenant,
        actor,
        "admin",
        "staff",
        m.id().toString(),
        action,
        Json.createObjectBuilder()
            .add("username", m.username())
            .add("department", a.departmentCode() == null ? "" : a.departmentCode())
            .add("roles", roleList)
            .add("posts", postList)
            .add("active", m.active())
            .build()
            .toString());
  }

  static String temporaryPassword() {
    String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    StringBuilder b = new StringBuilder("Yg-");
    for (int i = 0; i < 14; i++) {
      b.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
    }
    return b.toString();
  }
}
