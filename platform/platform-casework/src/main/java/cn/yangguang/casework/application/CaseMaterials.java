package cn.yangguang.casework.application;

import cn.yangguang.api.storage.FileStore;
import cn.yangguang.api.storage.StoredFile;
import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.casework.domain.CaseNotFoundException;
import cn.yangguang.casework.domain.CaseRepository;
import cn.yangguang.casework.domain.NotYourTaskException;
import cn.yangguang.casework.domain.WorkItemRepository;
import cn.yangguang.kernel.audit.AuditTrail;
import cn.yangguang.kernel.tenancy.application.TenantTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.UUID;

/**
 * The materials of a case for the staff who handle it. Materials carry applicants' personal data
 * (ID cards, certificates), so only staff holding one of the case's steps (open or done) and
 * supervisors may read them, and every read is recorded in the audit trail with who read which
 * material.
 */
@ApplicationScoped
public class CaseMaterials {

  /** The role that may read every case's materials, for oversight. */
  static final String SUPERVISOR = "supervisor";

  @Inject TenantTransactions transactions;
  @Inject CaseRepository cases;
  @Inject WorkItemRepository workItems;
  @Inject FileStore files;
  @Inject AuditTrail audit;

  /** A material's file and its content. */
  public record Content(StoredFile file, String name, byte[] bytes) {}

  /**
   * One material of the case, read and audited in the county's transaction.
   *
   * @throws CaseNotFoundException when the case has no such material (or there is no such case)
   * @throws NotYourTaskException when the actor holds no step of the case and is no supervisor
   */
  public Content read(TenantRef t, UUID caseId, UUID fileId, StaffActor actor) {
    return transactions.call(
        t,
        () -> {
          cases.find(caseId).orElseThrow(() -> new CaseNotFoundException("case " + caseId));
          CaseRepository.Material m =
              cases.materials(caseId).stream()
                  .filter(x -> x.fileId().equals(fileId))
                  .findFirst()
                  .orElseThrow(() -> new CaseNotFoundException("material " + fileId));
          boolean handles =
              workItems.byCase(caseId).stream().anyMatch(w -> actor.holds(w.postCode()));
          if (!handles && !actor.roles().contains(SUPERVISOR)) {
            throw new NotYourTaskException(
                "only staff holding a step of the case, or supervisors, may read its materials");
          }
          StoredFile file =
              files.find(t, fileId).orElseThrow(() -> new CaseNotFoundException("file " + fileId));
          byte[] bytes;
          try (InputStream in = files.open(t, fileId)) {
            bytes = in.readAllBytes();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          audit.record(
              t,
              actor.username(),
              handles ? null : SUPERVISOR,
              "case",
              caseId.toString(),
              "case.material-read",
              Json.createObjectBuilder()
                  .add("material", m.name())
                  .add("file", fileId.toString())
                  .build()
                  .toString());
          return new Content(file, m.name(), bytes);
        });
  }
}
