package cn.yangguang.api.plugin;

import cn.yangguang.api.tenant.TenantRef;
import java.util.UUID;

/**
 * The county's tamper-evident audit trail, for the staff actions a plugin performs (every action on
 * a ticket, request or document belongs in it). Entries carry the plugin's id as their subject
 * type; the action is prefixed with the plugin's id ({@code hotline-12345.sign-for}) so that a
 * plugin cannot pass for the core.
 *
 * <p><b>Lifecycle.</b> Available from the plugin's start. <b>Threading.</b> Thread-safe; the entry
 * is written in the caller's county transaction and commits with it. <b>Nulls.</b> {@code role} and
 * {@code summaryJson} may be null ({@code {}}); other arguments never. Phones and ID numbers in
 * {@code summaryJson} are masked before it is stored. <b>Errors.</b> {@link IllegalStateException}
 * outside a transaction of {@code tenant}.
 *
 * @since 1.1
 */
public interface PluginAudit {

  /**
   * Appends one entry.
   *
   * @param tenant the county
   * @param actor who acted (a user name, or {@code system:<job>})
   * @param role the role the actor acted in, or null
   * @param subjectId what was acted on (e.g. a ticket's number)
   * @param action a stable verb, e.g. {@code sign-for}
   * @param summaryJson a JSON object: what changed, or null
   * @return the entry's id
   */
  UUID record(
      TenantRef tenant,
      String actor,
      String role,
      String subjectId,
      String action,
      String summaryJson);
}
