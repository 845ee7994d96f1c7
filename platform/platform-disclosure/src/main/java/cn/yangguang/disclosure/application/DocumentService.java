package cn.yangguang.disclosure.application;

import cn.yangguang.api.storage.FileStore;
import cn.yangguang.api.storage.StoredFile;
import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.api.time.PlatformClock;
import cn.yangguang.disclosure.domain.Attachment;
import cn.yangguang.disclosure.domain.DisclosureDocument;
import cn.yangguang.disclosure.domain.DocumentFields;
import cn.yangguang.disclosure.domain.DocumentRepository;
import cn.yangguang.disclosure.domain.DocumentStatus;
import cn.yangguang.disclosure.domain.FieldProblem;
import cn.yangguang.disclosure.domain.FundsRepository;
import cn.yangguang.disclosure.domain.FundsTable;
import cn.yangguang.disclosure.domain.IndexNumberRule;
import cn.yangguang.disclosure.domain.LifecycleRefused;
import cn.yangguang.disclosure.domain.Step;
import cn.yangguang.kernel.audit.AuditTrail;
import cn.yangguang.kernel.calendar.domain.TimeUnit;
import cn.yangguang.kernel.clock.application.ClockService;
import cn.yangguang.kernel.clock.domain.Clock;
import cn.yangguang.kernel.outbox.Outbox;
import cn.yangguang.kernel.tenancy.application.TenantTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Writing documents and moving them through their lifecycle. Each call is one county transaction:
 * the change, its audit entry, the clock and the {@value #DOCUMENT_CHANGED} event (which every
 * node's search index follows) commit together or not at all. A refusal changes nothing and says
 * why ({@link LifecycleRefused}); invalid input is refused with every problem ({@link Invalid}).
 */
@ApplicationScoped
public class DocumentService {

  /** The outbox event of any change to a document. */
  public static final String DOCUMENT_CHANGED = "disclosure.document.changed";

  /** The clock regime of proactive disclosure (its warning thresholds are data, V3). */
  public static final String REGIME = "DISCLOSURE";

  /** Working days from formation to publication (政府信息公开条例 Art. 26). */
  public static final int PROACTIVE_LIMIT = 20;

  /** The subject type of documents in the audit trail, the outbox and clocks. */
  public static final String SUBJECT = "disclosure-document";

  @Inject TenantTransactions transactions;
  @Inject DocumentRepository documents;
  @Inject FundsRepository funds;
  @Inject DisclosureCatalogue catalogue;
  @Inject ClockService clocks;
  @Inject AuditTrail audit;
  @Inject Outbox outbox;
  @Inject PlatformClock clock;
  @Inject FileStore files;

  /** Input that is wrong, with every problem; nothing was changed. */
  public static class Invalid extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<FieldProblem> problems;

    public Invalid(List<FieldProblem> problems) {
      super(
          problems.stream()
              .map(p -> p.field() + ": " + p.message())
              .reduce((a, b) -> a + "; " + b)
              .orElse("invalid"));
      this.problems = List.copyOf(problems);
    }

    /** The problems, each naming its field. */
    public List<FieldProblem> problems() {
      return problems;
    }
  }

  /**
   * Writes a new draft: checks the fields, gives it the next index number of its agency and year,
   * and starts its proactive-disclosure clock from the day it was formed.
   *
   * @throws Invalid with every problem of the fields
   * @throws LifecycleRefused when the caller is not a disclosure officer
   */
  public DisclosureDocument create(
      TenantRef tenant, DocumentFields fields, String actor, Set<String> roles) {
    requireRole(roles, Step.SUBMIT.role(), "writing documents");
    return transactions.call(
        tenant,
        () -> {
          List<FieldProblem> problems = catalogue.problems(tenant, fields);
          if (!problems.isEmpty()) {
            throw new Invalid(problems);
          }
          Instant now = clock.now();
          UUID id = UUID.randomUUID();
          String index = catalogue.indexNumber(tenant, fields.agencyCode(), fields.formedOn());
          Clock started =
              clocks.start(
                  tenant,
                  new Clock.Subject(SUBJECT, id.toString(), "proactive"),
                  REGIME,
                  TimeUnit.WORKING_DAYS,
                  PROACTIVE_LIMIT,
                  fields.formedOn().atStartOfDay(catalogue.zone(tenant)).toInstant(),
                  actor);
          DisclosureDocument d =
              DisclosureDocument.draft(id, index, fields, started.id(), actor, now);
          documents.add(d);
          changed(tenant, d, "disclosure.document.create", actor);
          return d;
        });
  }

  /**
   * Takes a step of the lifecycle. Publishing stops the document's clock (on time or late, as the
   * clock says).
   *
   * @throws LifecycleRefused when the document is unknown, the caller lacks the step's role, or the
   *     document is not where the step starts
   */
  public DisclosureDocument take(
      TenantRef tenant, UUID id, Step step, String note, String actor, Set<String> roles) {
    return transactions.call(
        tenant,
        () -> {
          DisclosureDocument before = existing(id);
          DisclosureDocument after = before.take(step, roles, clock.now(), note);
          documents.update(after);
          if (step == Step.PUBLISH && after.clockId() != null) {
            clocks.complete(tenant, after.clockId(), actor);
          }
          changed(tenant, after, "disclosure.document." + step.slug(), actor);
          return after;
        });
  }

  /** Marks a published document repealed by a later published one. */
  public DisclosureDocument repeal(
      TenantRef tenant, UUID id, UUID repealedBy, String actor, Set<String> roles) {
    return transactions.call(
        tenant,
        () -> {
          DisclosureDocument later =
              documents
                  .find(repealedBy)
                  .orElseThrow(
                      () ->
                          new LifecycleRefused(
                              LifecycleRefused.Reason.INVALID,
                              "repealedBy",
                              "no document " + repealedBy + " in this county"));
          DisclosureDocument after = existing(id).repealedBy(later, roles);
          documents.update(after);
          changed(tenant, after, "disclosure.document.repeal", actor);
          return after;
        });
  }

  /** Stores a file (through the storage port) and attaches it to a draft. */
  public DisclosureDocument attach(
      TenantRef tenant,
      UUID id,
      String name,
      InputStream content,
      String actor,
      Set<String> roles) {
    requireRole(roles, Step.SUBMIT.role(), "attaching files");
    return transactions.call(
        tenant,
        () -> {
          DisclosureDocument before = existing(id);
          if (before.status() != DocumentStatus.DRAFT) {
            throw new LifecycleRefused(
                LifecycleRefused.Reason.WRONG_STATUS, "attachments are added to drafts only");
          }
          StoredFile stored = files.store(tenant, name, content);
          DisclosureDocument after = before.attach(new Attachment(stored.id(), name));
          documents.update(after);
          changed(tenant, after, "disclosure.document.attach", actor);
          return after;
        });
  }

  /**
   * Adds a funds table to a draft: checked to the line (totals add up), stored line by line.
   *
   * @return the table's id
   * @throws Invalid with every problem of the table
   */
  public UUID addFunds(
      TenantRef tenant, UUID documentId, FundsTable table, String actor, Set<String> roles) {
    requireRole(roles, Step.SUBMIT.role(), "adding funds tables");
    List<FieldProblem> problems = table.problems();
    if (!problems.isEmpty()) {
      throw new Invalid(problems);
    }
    return transactions.call(
        tenant,
        () -> {
          DisclosureDocument d = existing(documentId);
          if (d.status() != DocumentStatus.DRAFT) {
            throw new LifecycleRefused(
                LifecycleRefused.Reason.WRONG_STATUS, "funds tables are added to drafts only");
          }
          UUID id = UUID.randomUUID();
          funds.add(id, documentId, table, actor, clock.now());
          audit.record(
              tenant,
              actor,
              null,
              SUBJECT,
              documentId.toString(),
              "disclosure.funds.add",
              Json.createObjectBuilder()
                  .add("table", id.toString())
                  .add("kind", table.kind().name())
                  .add("year", table.fiscalYear())
                  .add("lines", table.lines().size())
                  .add("total", table.total().toPlainString())
                  .build()
                  .toString());
          return id;
        });
  }

  /** Sets the county's index-number rule (checked; audited). */
  public void setIndexRule(TenantRef tenant, String pattern, String actor) {
    List<String> problems = IndexNumberRule.problems(pattern);
    if (!problems.isEmpty()) {
      throw new Invalid(problems.stream().map(p -> new FieldProblem("indexRule", p)).toList());
    }
    transactions.run(
        tenant,
        () -> {
          String before = documents.indexRule().orElse(IndexNumberRule.DEFAULT);
          if (!before.equals(pattern)) {
            documents.saveIndexRule(pattern, clock.now());
            audit.record(
                tenant,
                actor,
                null,
                "disclosure-settings",
                null,
                "disclosure.index-rule",
                Json.createObjectBuilder()
                    .add("before", before)
                    .add("after", pattern)
                    .build()
                    .toString());
          }
        });
  }

  private DisclosureDocument existing(UUID id) {
    return documents
        .lock(id)
        .orElseThrow(
            () ->
                new LifecycleRefused(
                    LifecycleRefused.Reason.UNKNOWN_DOCUMENT, "no document " + id + " here"));
  }

  private static void requireRole(Set<String> roles, String role, String what) {
    if (!roles.contains(role)) {
      throw new LifecycleRefused(
          LifecycleRefused.Reason.NOT_YOUR_ROLE, what + " is the " + role + "'s work");
    }
  }

  private void changed(TenantRef tenant, DisclosureDocument d, String action, String actor) {
    String summary =
        Json.createObjectBuilder()
            .add("indexNumber", d.indexNumber())
            .add("status", d.status().name())
            .add("validity", d.validity().name())
            .add("column", d.fields().columnCode())
            .add("title", d.fields().title())
            .build()
            .toString();
    audit.record(tenant, actor, null, SUBJECT, d.id().toString(), action, summary);
    outbox.publish(tenant, DOCUMENT_CHANGED, SUBJECT, d.id().toString(), summary);
  }
}
