package cn.yangguang.casework.application;

import cn.yangguang.api.storage.FileStore;
import cn.yangguang.api.storage.StoredFile;
import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.api.time.PlatformClock;
import cn.yangguang.casework.domain.Applicant;
import cn.yangguang.casework.domain.CaseFile;
import cn.yangguang.casework.domain.CaseProcesses;
import cn.yangguang.casework.domain.CaseRejectedException;
import cn.yangguang.casework.domain.CaseRepository;
import cn.yangguang.casework.domain.CaseStatus;
import cn.yangguang.casework.domain.Channel;
import cn.yangguang.casework.domain.ProcessBinding;
import cn.yangguang.casework.domain.ProcessTemplate;
import cn.yangguang.catalogue.domain.ItemFields;
import cn.yangguang.catalogue.domain.ItemRepository;
import cn.yangguang.catalogue.domain.ServiceItem;
import cn.yangguang.kernel.privacy.FieldKeys;
import cn.yangguang.kernel.tenancy.application.TenantTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Takes applications in through the three doors (online, window, village agent) and supplements
 * after a supplement notice. A submission is idempotent per submitter and key: a retry returns the
 * case the first one created. Everything of one submission commits together: the case, its
 * materials, the process instance, the acceptance clock, the inbox line, the history, the audit
 * entry, the event and the notice.
 */
@ApplicationScoped
public class CaseIntake {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  @Inject TenantTransactions transactions;
  @Inject CaseRepository cases;
  @Inject ItemRepository items;
  @Inject ProcessBindings bindings;
  @Inject CaseProcesses processes;
  @Inject CaseSteps steps;
  @Inject CaseClocks clocks;
  @Inject CaseJournal journal;
  @Inject FileStore files;
  @Inject FieldKeys keys;
  @Inject PlatformClock clock;

  /** A material of an application: the item's material name and an uploaded file. */
  public record MaterialRef(String name, UUID fileId) {}

  /**
   * An application.
   *
   * @param submittedBy who submits (the resident, the clerk or the agent): idempotency is per
   *     submitter
   * @param applicantUserId the signed-in resident applying for herself, or null
   * @param receivedAt when the materials were received, for cases entered after the fact by the
   *     platform itself (demo data, migrations from an old system); null (now) for every request
   */
  public record Application(
      String itemKey,
      Channel channel,
      Applicant applicant,
      List<MaterialRef> materials,
      String idempotencyKey,
      String submittedBy,
      UUID applicantUserId,
      Instant receivedAt) {

    /** An application received now. */
    public Application(
        String itemKey,
        Channel channel,
        Applicant applicant,
        List<MaterialRef> materials,
        String idempotencyKey,
        String submittedBy,
        UUID applicantUserId) {
      this(
          itemKey,
          channel,
          applicant,
          materials,
          idempotencyKey,
          submittedBy,
          applicantUserId,
          null);
    }
  }

  /** The case an application made, with its query code (shown once to the applicant). */
  public record Submitted(CaseFile caseFile, String queryCode, boolean replayed) {}

  /** Stores a file for a coming application; only its uploader can attach it. */
  public StoredFile upload(TenantRef t, String name, InputStream content, String uploadedBy) {
    return transactions.call(
        t,
        () -> {
          StoredFile f = files.store(t, name, content);
          cases.recordUpload(f.id(), uploadedBy, clock.now());
          return f;
        });
  }

  /** Submits an application. */
  public Submitted submit(TenantRef t, Application a) {
    if (a.idempotencyKey() == null || !a.idempotencyKey().matches("[A-Za-z0-9._:-]{8,80}")) {
      throw CaseRejectedException.invalid("idempotencyKey", "must be 8-80 letters, digits or ._:-");
    }
    List<CaseRejectedException> problems =
        a.applicant() == null
            ? List.of(CaseRejectedException.invalid("applicant", "is required"))
            : a.applicant().problems();
    if (!problems.isEmpty()) {
      throw problems.get(0);
    }
    return transactions.call(
        t,
        () -> {
          var earlier = cases.findBySubmission(a.submittedBy(), a.idempotencyKey());
          if (earlier.isPresent()) {
            return new Submitted(earlier.get(), queryCode(t, earlier.get().id()), true);
          }
          ServiceItem item =
              items
                  .published(a.itemKey())
                  .orElseThrow(
                      () ->
                          CaseRejectedException.invalid(
                              "itemKey", "names no published item of this county"));
          if (!item.fields().takesApplications()) {
            throw CaseRejectedException.invalid(
                "itemKey", "is an ex-officio item, which takes no applications");
          }
          List<CaseRepository.Material> materials =
              checkMaterials(t, item.fields(), a.materials(), a.submittedBy());
          ProcessBinding binding = bindings.resolve(t, item.fields());
          CaseFile c = open(t, a, item, binding, materials);
          return new Submitted(c, queryCode(t, c.id()), false);
        });
  }

  private CaseFile open(
      TenantRef t,
      Application a,
      ServiceItem item,
      ProcessBinding binding,
      List<CaseRepository.Material> materials) {
    Instant now =
        a.receivedAt() != null && a.submittedBy().startsWith("system:")
            ? a.receivedAt()
            : clock.now();
    UUID id = UUID.randomUUID();
    String prefix =
        a.itemKey().contains("-") ? a.itemKey().substring(0, a.itemKey().indexOf('-')) : "YG";
    String number =
        prefix
            + "-"
            + DateTimeFormatter.BASIC_ISO_DATE.format(now.atZone(ZONE).toLocalDate())
            + "-"
            + String.format("%06d", cases.nextSerial());
    CaseFile c =
        new CaseFile(
            new CaseFile.Row(
                id,
                t.id(),
                number,
                sha256(queryCode(t, id)),
                item.key(),
                item.version(),
                item.id(),
                item.fields().name(),
                item.fields().departmentCode(),
                binding.template(),
                CaseStatus.RECEIVED,
                a.channel(),
                a.applicant(),
                a.applicantUserId(),
                a.submittedBy(),
                a.idempotencyKey(),
                now,
                now,
                null,
                false,
                null,
                null,
                0,
                null,
                null,
                null,
                false,
                false,
                null,
                null,
                null,
                0));
    cases.add(c);
    cases.addMaterials(id, materials);
    processes.ensureTemplates(t.id());
    String key =
        binding.template() == ProcessTemplate.CUSTOM
            ? binding.definitionKey()
            : binding.template().definitionKey();
    c.started(processes.start(t.id(), key, id, binding.variables()));
    c.clocks(clocks.startAcceptance(t, id, now, a.submittedBy()), null);
    cases.update(c);
    CaseFile stored = cases.find(id).orElseThrow();
    steps.openNewTasks(t, stored, item.fields(), a.submittedBy(), now);
    journal.record(t, stored, "received", a.submittedBy(), null, now, null, true, queryCode(t, id));
    return stored;
  }

  /**
   * The applicant (or the accepting clerk on her behalf) supplies what the supplement notice asked
   * for: the receipt, and with it the 5-working-day acceptance period, starts anew.
   */
  public CaseFile supplement(
      TenantRef t, UUID caseId, List<MaterialRef> added, String actor, boolean staff) {
    return transactions.call(
        t,
        () -> {
          CaseFile c =
              cases
                  .find(caseId)
                  .orElseThrow(
                      () ->
                          new cn.yangguang.casework.domain.CaseNotFoundException("case " + caseId));
          if (!staff && !actor.equals(c.submittedBy())) {
            throw new cn.yangguang.casework.domain.CaseNotFoundException("case " + caseId);
          }
          if (added == null || added.isEmpty()) {
            throw CaseRejectedException.invalid(
                "materials", "must include what the notice asked for");
          }
          ItemFields item = items.byId(c.itemVersionId()).orElseThrow().fields();
          Instant now = clock.now();
          c.supplemented(now);
          List<CaseRepository.Material> more = new ArrayList<>();
          int next = cases.materials(caseId).size() + 1;
          Set<String> names =
              item.materials().stream().map(ItemFields.Material::name).collect(Collectors.toSet());
          for (MaterialRef m : added) {
            if (!names.contains(m.name())) {
              throw CaseRejectedException.invalid(
                  "materials", "names " + m.name() + ", which the item does not ask for");
            }
            checkFile(t, m, staff ? null : actor);
            more.add(new CaseRepository.Material(next++, m.name(), m.fileId(), now));
          }
          cases.addMaterials(caseId, more);
          UUID clockId = clocks.startAcceptance(t, caseId, now, actor);
          c.clocks(clockId, null);
          cases.update(c);
          steps.reopenAcceptance(c, clockId);
          CaseFile stored = cases.find(caseId).orElseThrow();
          journal.record(t, stored, "supplemented", actor, null, now, null, true, null);
          return stored;
        });
  }

  private List<CaseRepository.Material> checkMaterials(
      TenantRef t, ItemFields item, List<MaterialRef> given, String submittedBy) {
    List<MaterialRef> list = given == null ? List.of() : given;
    Map<String, ItemFields.Material> asked =
        item.materials().stream()
            .collect(Collectors.toMap(ItemFields.Material::name, m -> m, (x, y) -> x));
    for (MaterialRef m : list) {
      if (m == null || m.name() == null || !asked.containsKey(m.name())) {
        throw CaseRejectedException.invalid(
            "materials",
            "names " + (m == null ? null : m.name()) + ", which the item does not ask for");
      }
      checkFile(t, m, submittedBy);
    }
    Set<String> present = list.stream().map(MaterialRef::name).collect(Collectors.toSet());
    for (ItemFields.Material m : item.materials()) {
      if ("REQUIRED".equals(m.necessity()) && !present.contains(m.name())) {
        throw CaseRejectedException.invalid("materials", "lacks the required material " + m.name());
      }
    }
    Instant now = clock.now();
    List<CaseRepository.Material> out = new ArrayList<>();
    int i = 1;
    for (MaterialRef m : list) {
      out.add(new CaseRepository.Material(i++, m.name(), m.fileId(), now));
    }
    return out;
  }

  /** The file exists in the county and, when {@code uploader} is given, was uploaded by her. */
  private void checkFile(TenantRef t, MaterialRef m, String uploader) {
    if (m.fileId() == null || files.find(t, m.fileId()).isEmpty()) {
      throw CaseRejectedException.invalid(
          "materials", "refers to a file that was not uploaded: " + m.name());
    }
    if (uploader != null && !cases.uploader(m.fileId()).map(uploader::equals).orElse(false)) {
      throw CaseRejectedException.invalid(
          "materials", "refers to a file someone else uploaded: " + m.name());
    }
  }

  /**
   * The case's query code: six digits derived from the case id with the county's keyed hash, so
   * that a retried submission can show it again and nothing stores it in clear.
   */
  public String queryCode(TenantRef t, UUID caseId) {
    String mac = keys.cipher().blindIndex(t.id(), "query-code:" + caseId);
    return String.format("%06d", Long.parseLong(mac.substring(0, 12), 16) % 1_000_000);
  }

  static String sha256(String s) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
