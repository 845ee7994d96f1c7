package cn.yangguang.casework.application;

import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.api.time.PlatformClock;
import cn.yangguang.casework.domain.BpmnWhitelist;
import cn.yangguang.casework.domain.CaseProcesses;
import cn.yangguang.casework.domain.CaseRejectedException;
import cn.yangguang.casework.domain.ProcessBinding;
import cn.yangguang.casework.domain.ProcessTemplate;
import cn.yangguang.catalogue.domain.ItemFields;
import cn.yangguang.kernel.audit.AuditTrail;
import cn.yangguang.kernel.persistence.ContainerResources;
import cn.yangguang.kernel.tenancy.application.TenantStructureService;
import cn.yangguang.kernel.tenancy.application.TenantTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which process each item's cases run and which posts its steps are bound to (流程固化): a county's
 * explicit binding, or the default its case kind implies. Bindings are set by the county's admins,
 * and a county's own BPMN is accepted only through {@link BpmnWhitelist}.
 */
@ApplicationScoped
public class ProcessBindings {

  @Inject TenantTransactions transactions;
  @Inject ContainerResources resources;
  @Inject TenantStructureService structure;
  @Inject CaseProcesses processes;
  @Inject AuditTrail audit;
  @Inject PlatformClock clock;

  /** The binding an item's new cases run on. Needs the county's transaction. */
  public ProcessBinding resolve(TenantRef t, ItemFields item) {
    return stored(item.key())
        .orElseGet(
            () -> ProcessBinding.defaults(item.key(), item.caseKind(), item.departmentCode()));
  }

  /** The county's explicit bindings. */
  public List<ProcessBinding> list(TenantRef t) {
    return transactions.call(
        t, () -> query("SELECT * FROM yg.case_process_binding ORDER BY item_key", null));
  }

  /**
   * Sets an item's binding after checking that every post exists in the county and that a custom
   * definition is deployed.
   */
  public ProcessBinding bind(TenantRef t, ProcessBinding b, String actor) {
    Set<String> posts = postCodes(t);
    for (String p : b.posts()) {
      if (!posts.contains(p)) {
        throw CaseRejectedException.invalid(
            "posts", "names " + p + ", which is not a post of this county");
      }
    }
    if (b.template() == ProcessTemplate.JOINT && b.branchPosts().size() < 2) {
      throw CaseRejectedException.invalid(
          "branchPosts", "must name at least two departments' posts for a joint case");
    }
    if (b.template() == ProcessTemplate.CUSTOM
        && (b.definitionKey() == null || !processes.hasDefinition(t.id(), b.definitionKey()))) {
      throw CaseRejectedException.invalid(
          "definitionKey", "names no definition this county uploaded");
    }
    if (b.template() != ProcessTemplate.INSTANT
        && b.template() != ProcessTemplate.CUSTOM
        && (b.reviewPost() == null || b.approvePost() == null)) {
      throw CaseRejectedException.invalid(
          "reviewPost", "and approvePost are required for this template");
    }
    return transactions.call(
        t,
        () -> {
          upsert(b, actor);
          audit.record(
              t,
              actor,
              "admin",
              "process-binding",
              b.itemKey(),
              "casework.bind",
              Json.createObjectBuilder()
                  .add("template", b.template().name())
                  .add("accept", b.acceptPost())
                  .build()
                  .toString());
          return b;
        });
  }

  /**
   * Validates and deploys a county's own BPMN under {@code key}.
   *
   * @return the deployed definition's version
   * @throws CaseRejectedException naming every refused element
   */
  public int upload(TenantRef t, String key, String xml, String actor) {
    if (key == null || !key.matches("[a-z][a-z0-9-]{2,60}") || key.startsWith("yg-")) {
      throw CaseRejectedException.invalid(
          "key", "must be 3-61 lower-case letters, digits or '-', not starting with yg-");
    }
    List<BpmnWhitelist.Problem> problems = BpmnWhitelist.check(xml, key, postCodes(t));
    if (!problems.isEmpty()) {
      throw CaseRejectedException.invalid(
          "bpmn",
          "is refused: "
              + problems.stream().map(Object::toString).collect(Collectors.joining("; ")));
    }
    return transactions.call(
        t,
        () -> {
          int version = processes.deployCustom(t.id(), key, xml);
          audit.record(
              t,
              actor,
              "admin",
              "process-definition",
              key,
              "casework.deploy",
              Json.createObjectBuilder().add("version", version).build().toString());
          return version;
        });
  }

  private Set<String> postCodes(TenantRef t) {
    return structure.structure(t).departments().stream()
        .flatMap(d -> d.posts().stream())
        .map(p -> p.code())
        .collect(Collectors.toSet());
  }

  private Optional<ProcessBinding> stored(String itemKey) {
    List<ProcessBinding> found =
        query("SELECT * FROM yg.case_process_binding WHERE item_key = ?", itemKey);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  private List<ProcessBinding> query(String sql, String param) {
    try (Connection c = resources.appDataSource().getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      if (param != null) {
        ps.setString(1, param);
      }
      try (ResultSet rs = ps.executeQuery()) {
        List<ProcessBinding> out = new java.util.ArrayList<>();
        while (rs.next()) {
          Array branches = rs.getArray("branch_posts");
          out.add(
              new ProcessBinding(
                  rs.getString("item_key"),
                  ProcessTemplate.valueOf(rs.getString("template")),
                  rs.getString("accept_post"),
                  rs.getString("review_post"),
                  rs.getString("approve_post"),
                  branches == null ? List.of() : Arrays.asList((String[]) branches.getArray()),
                  rs.getString("definition_key")));
        }
        return out;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("process bindings unreadable: " + e.getMessage(), e);
    }
  }

  private void upsert(ProcessBinding b, String actor) throws SQLException {
    try (Connection c = resources.appDataSource().getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO yg.case_process_binding (tenant_id, item_key, template, accept_post,"
                    + " review_post, approve_post, branch_posts, definition_key, updated_at, updated_by)"
                    + " VALUES (current_setting('app.tenant_id')::uuid, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                    + " ON CONFLICT (tenant_id, item_key) DO UPDATE SET template = EXCLUDED.template,"
                    + " accept_post = EXCLUDED.accept_post, review_post = EXCLUDED.review_post,"
                    + " approve_post = EXCLUDED.approve_post, branch_posts = EXCLUDED.branch_posts,"
                    + " definition_key = EXCLUDED.definition_key, updated_at = EXCLUDED.updated_at,"
                    + " updated_by = EXCLUDED.updated_by")) {
      ps.setString(1, b.itemKey());
      ps.setString(2, b.template().name());
      ps.setString(3, b.acceptPost());
      ps.setString(4, b.reviewPost());
      ps.setString(5, b.approvePost());
      ps.setArray(6, c.createArrayOf("text", b.branchPosts().toArray()));
      ps.setString(7, b.definitionKey());
      ps.setTimestamp(8, Timestamp.from(clock.now()));
      ps.setString(9, actor);
      ps.executeUpdate();
    }
  }
}
