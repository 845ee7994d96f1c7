package cn.yangguang.kernel.tenancy.application;

import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.kernel.audit.AuditTrail;
import cn.yangguang.kernel.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Departments and posts a county's admin adds in the console, next to those of the manifest.
 *
 * <p>Why a second way in: the manifest describes the county as the platform operator onboarded it,
 * but a county sets up a new office or a new window post between two manifest releases, and its
 * admin must not wait for the operator. Rows added here carry {@code managed_by = 'CONSOLE'}: re-
 * applying the manifest deactivates only the rows it manages, so the console's rows survive it. Ids
 * follow the manifest's name-based scheme (tenant, kind, code), so a row the manifest later takes
 * over keeps its id and everything that refers to it.
 *
 * <p>Each addition is validated in full before anything is written, runs in one tenant transaction
 * with its audit entry and a {@code tenant.changed} event (which makes every node drop its cached
 * structure), and drops this node's cached structure after commit, so the next page shows it.
 * Thread-safe and stateless.
 */
@ApplicationScoped
public class StructureAdministration {

  /** A department code, as in the manifest: 2-40 lower-case letters, digits or '-'. */
  public static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");

  /** A post code, as in the manifest: 2-60 lower-case letters, digits or '-'. */
  public static final Pattern POST_CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,59}");

  /** The kinds of department the manifest knows, in the order forms offer them. */
  public static final List<String> DEPARTMENT_KINDS =
      List.of("GOVERNMENT_OFFICE", "BUREAU", "COMMISSION", "CENTRE", "SUPERVISION", "OTHER");

  @Inject TenantTransactions transactions;
  @Inject StructureStore store;
  @Inject AuditTrail audit;
  @Inject Outbox outbox;
  @Inject TenantStructureService structures;

  /**
   * A department as the console lists it.
   *
   * @param nameEn may be null
   * @param fromManifest true when the manifest manages the row (the console shows it read-only)
   */
  public record ManagedDepartment(
      UUID id,
      String code,
      String nameZh,
      String nameEn,
      String kind,
      boolean fromManifest,
      List<ManagedPost> posts) {

    public ManagedDepartment {
      posts = List.copyOf(posts);
    }
  }

  /** A post as the console lists it. */
  public record ManagedPost(UUID id, String code, String nameZh, boolean fromManifest) {}

  /**
   * A department to add.
   *
   * @param nameEn may be null or blank (none)
   */
  public record NewDepartment(String code, String nameZh, String nameEn, String kind) {}

  /** A post to add to the department with code {@code departmentCode}. */
  public record NewPost(String departmentCode, String code, String nameZh) {}

  /** The active departments with their active posts, each marked with who manages it. */
  public List<ManagedDepartment> departments(TenantRef tenant) {
    return transactions.call(tenant, store::departments);
  }

  /**
   * Adds a department managed by the console.
   *
   * @param actor who asked, for the audit trail
   * @return the department as stored
   * @throws StructureChangeRejectedException naming the field at fault; nothing changed
   */
  public ManagedDepartment addDepartment(TenantRef tenant, NewDepartment request, String actor) {
    NewDepartment d = validate(request);
    ManagedDepartment added =
        transactions.call(
            tenant,
            () -> {
              store
                  .findDepartment(d.code())
                  .ifPresent(
                      e -> {
                        throw taken("code", "department", d.code(), e.active());
                      });
              UUID id =
                  store
                      .insertDepartment(tenant.id(), d)
                      .orElseThrow(() -> taken("code", "department", d.code(), true));
              JsonObjectBuilder summary =
                  Json.createObjectBuilder()
                      .add("code", d.code())
                      .add("name", d.nameZh())
                      .add("kind", d.kind());
              if (d.nameEn() != null) {
                summary.add("nameEn", d.nameEn());
              }
              changed(tenant, actor, "department", id, "structure.department.add", summary);
              return new ManagedDepartment(
                  id, d.code(), d.nameZh(), d.nameEn(), d.kind(), false, List.of());
            });
    structures.invalidate(tenant.id());
    return added;
  }

  /**
   * Adds a post managed by the console to an active department (one of the manifest's or one added
   * here).
   *
   * @param actor who asked, for the audit trail
   * @return the post as stored
   * @throws StructureChangeRejectedException naming the field at fault; nothing changed
   */
  public ManagedPost addPost(TenantRef tenant, NewPost request, String actor) {
    NewPost p = validate(request);
    ManagedPost added =
        transactions.call(
            tenant,
            () -> {
              StructureStore.Existing department =
                  store
                      .findDepartment(p.departmentCode())
                      .filter(StructureStore.Existing::active)
                      .orElseThrow(
                          () ->
                              new StructureChangeRejectedException(
                                  "department",
                                  "no active department " + p.departmentCode(),
                                  false));
              store
                  .findPost(p.code())
                  .ifPresent(
                      e -> {
                        throw taken("code", "post", p.code(), e.active());
                      });
              UUID id =
                  store
                      .insertPost(tenant.id(), department.id(), p)
                      .orElseThrow(() -> taken("code", "post", p.code(), true));
              changed(
                  tenant,
                  actor,
                  "post",
                  id,
                  "structure.post.add",
                  Json.createObjectBuilder()
                      .add("code", p.code())
                      .add("name", p.nameZh())
                      .add("department", p.departmentCode()));
              return new ManagedPost(id, p.code(), p.nameZh(), false);
            });
    structures.invalidate(tenant.id());
    return added;
  }

  private void changed(
      TenantRef tenant,
      String actor,
      String subjectType,
      UUID id,
      String action,
      JsonObjectBuilder summary) {
    audit.record(
        tenant, actor, "admin", subjectType, id.toString(), action, summary.build().toString());
    outbox.publish(
        tenant, TenantCacheInvalidation.TENANT_CHANGED, subjectType, id.toString(), "{}");
  }

  /** The request trimmed and checked; what the store may write as it is. */
  static NewDepartment validate(NewDepartment d) {
    String code = trim(d.code());
    if (code == null || !CODE.matcher(code).matches()) {
      throw new StructureChangeRejectedException(
          "code", "a code of 2-40 lower-case letters, digits or '-'", false);
    }
    String name = name("name", d.nameZh(), 100, true);
    String nameEn = name("nameEn", d.nameEn(), 150, false);
    String kind = trim(d.kind());
    if (kind == null || !DEPARTMENT_KINDS.contains(kind)) {
      throw new StructureChangeRejectedException(
          "kind", "one of " + String.join(", ", DEPARTMENT_KINDS), false);
    }
    return new NewDepartment(code, name, nameEn, kind);
  }

  /** The request trimmed and checked (the department's existence is checked in the store). */
  static NewPost validate(NewPost p) {
    String department = trim(p.departmentCode());
    if (department == null) {
      throw new StructureChangeRejectedException("department", "choose a department", false);
    }
    String code = trim(p.code());
    if (code == null || !POST_CODE.matcher(code).matches()) {
      throw new StructureChangeRejectedException(
          "code", "a post code of 2-60 lower-case letters, digits or '-'", false);
    }
    return new NewPost(department, code, name("name", p.nameZh(), 100, true));
  }

  private static String name(String field, String value, int max, boolean required) {
    String v = trim(value);
    if (v == null) {
      if (required) {
        throw new StructureChangeRejectedException(field, "a name is required", false);
      }
      return null;
    }
    if (v.length() > max || v.chars().anyMatch(Character::isISOControl)) {
      throw new StructureChangeRejectedException(
          field, "a name of at most " + max + " characters on one line", false);
    }
    return v;
  }

  private static String trim(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static StructureChangeRejectedException taken(
      String field, String what, String code, boolean active) {
    return new StructureChangeRejectedException(
        field,
        active
            ? "the county already has a " + what + " with code " + code
            : "code " + code + " belongs to a deactivated " + what + "; choose another",
        true);
  }
}
