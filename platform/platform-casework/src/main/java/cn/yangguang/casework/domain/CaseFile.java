package cn.yangguang.casework.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A case (办件): one application for one version of one item, from receipt to delivery. The rules of
 * the Administrative Licensing Law that concern its state live here; the process steps live in the
 * engine and the clocks in the kernel. Not thread-safe: one request changes one loaded copy, and
 * the repository's optimistic {@link #version()} check refuses a concurrent change.
 */
public final class CaseFile {

  private final UUID id;
  private final UUID tenantId;
  private final String number;
  private final String queryCodeHash;
  private final String itemKey;
  private final int itemVersion;
  private final UUID itemVersionId;
  private final String itemName;
  private final String departmentCode;
  private final ProcessTemplate template;
  private final Channel channel;
  private final Applicant applicant;
  private final UUID applicantUserId;
  private final String submittedBy;
  private final String idempotencyKey;
  private final Instant receivedAt;
  private final int version;
  private CaseStatus status;
  private Instant receiptAt;
  private Instant acceptedAt;
  private boolean deemedAccepted;
  private Instant decidedAt;
  private Instant completedAt;
  private int supplementNotices;
  private String outcomeReason;
  private BigDecimal feeStandard;
  private BigDecimal feeCharged;
  private boolean feeFlagged;
  private boolean paused;
  private String processInstanceId;
  private UUID acceptanceClockId;
  private UUID decisionClockId;

  /** Everything a stored case is made of, in one value for the repository. */
  public record Row(
      UUID id,
      UUID tenantId,
      String number,
      String queryCodeHash,
      String itemKey,
      int itemVersion,
      UUID itemVersionId,
      String itemName,
      String departmentCode,
      ProcessTemplate template,
      CaseStatus status,
      Channel channel,
      Applicant applicant,
      UUID applicantUserId,
      String submittedBy,
      String idempotencyKey,
      Instant receivedAt,
      Instant receiptAt,
      Instant acceptedAt,
      boolean deemedAccepted,
      Instant decidedAt,
      Instant completedAt,
      int supplementNotices,
      String outcomeReason,
      BigDecimal feeStandard,
      BigDecimal feeCharged,
      boolean feeFlagged,
      boolean paused,
      String processInstanceId,
      UUID acceptanceClockId,
      UUID decisionClockId,
      int version) {}

  /** Rebuilds a stored case. */
  public CaseFile(Row r) {
    this.id = r.id();
    this.tenantId = r.tenantId();
    this.number = r.number();
    this.queryCodeHash = r.queryCodeHash();
    this.itemKey = r.itemKey();
    this.itemVersion = r.itemVersion();
    this.itemVersionId = r.itemVersionId();
    this.itemName = r.itemName();
    this.departmentCode = r.departmentCode();
    this.template = r.template();
    this.status = r.status();
    this.channel = r.channel();
    this.applicant = r.applicant();
    this.applicantUserId = r.applicantUserId();
    this.submittedBy = r.submittedBy();
    this.idempotencyKey = r.idempotencyKey();
    this.receivedAt = r.receivedAt();
    this.receiptAt = r.receiptAt();
    this.acceptedAt = r.acceptedAt();
    this.deemedAccepted = r.deemedAccepted();
    this.decidedAt = r.decidedAt();
    this.completedAt = r.completedAt();
    this.supplementNotices = r.supplementNotices();
    this.outcomeReason = r.outcomeReason();
    this.feeStandard = r.feeStandard();
    this.feeCharged = r.feeCharged();
    this.feeFlagged = r.feeFlagged();
    this.paused = r.paused();
    this.processInstanceId = r.processInstanceId();
    this.acceptanceClockId = r.acceptanceClockId();
    this.decisionClockId = r.decisionClockId();
    this.version = r.version();
  }

  /** The values to store. */
  public Row row() {
    return new Row(
        id,
        tenantId,
        number,
        queryCodeHash,
        itemKey,
        itemVersion,
        itemVersionId,
        itemName,
        departmentCode,
        template,
        status,
        channel,
        applicant,
        applicantUserId,
        submittedBy,
        idempotencyKey,
        receivedAt,
        receiptAt,
        acceptedAt,
        deemedAccepted,
        decidedAt,
        completedAt,
        supplementNotices,
        outcomeReason,
        feeStandard,
        feeCharged,
        feeFlagged,
        paused,
        processInstanceId,
        acceptanceClockId,
        decisionClockId,
        version);
  }

  /**
   * Accepts the case (受理). Accepted on receipt when the acceptance period had already passed
   * without a supplement notice (Art. 32: the application then counts as accepted on the day the
   * materials were received).
   *
   * @param periodPassed whether the 5-working-day period after receipt ended before now
   */
  public void accept(Instant now, boolean periodPassed) {
    requireStatus("accept", CaseStatus.RECEIVED);
    status = CaseStatus.ACCEPTED;
    deemedAccepted = periodPassed;
    acceptedAt = periodPassed ? receiptAt : now;
  }

  /** Refuses to accept (不予受理), with the reason the applicant is told. */
  public void refuse(Instant now, String reason) {
    requireStatus("refuse", CaseStatus.RECEIVED);
    if (reason == null || reason.isBlank()) {
      throw CaseRejectedException.invalid("reason", "is required to refuse an application");
    }
    status = CaseStatus.REFUSED;
    outcomeReason = reason.strip();
    completedAt = now;
  }

  /**
   * Sends the one consolidated supplement notice (补正告知). Allowed only while the acceptance period
   * runs: once it has passed, the application already counts as accepted.
   */
  public void requestSupplement(String what, boolean periodPassed) {
    requireStatus("request a supplement", CaseStatus.RECEIVED);
    if (what == null || what.isBlank()) {
      throw CaseRejectedException.invalid("missing", "must list everything to supplement");
    }
    if (periodPassed) {
      throw CaseRejectedException.conflict(
          "status",
          "the 5-working-day acceptance period has passed: the application counts as accepted on"
              + " receipt and a supplement notice can no longer be sent");
    }
    status = CaseStatus.AWAITING_SUPPLEMENT;
    supplementNotices++;
    outcomeReason = what.strip();
  }

  /** The applicant supplied what was asked: the receipt (and the acceptance period) starts anew. */
  public void supplemented(Instant now) {
    requireStatus("supplement", CaseStatus.AWAITING_SUPPLEMENT);
    status = CaseStatus.RECEIVED;
    receiptAt = now;
    outcomeReason = null;
  }

  /** Records the decision (准予 or 不予许可). */
  public void decide(Instant now, boolean approved, String reason) {
    requireStatus("decide", CaseStatus.ACCEPTED);
    if (!approved && (reason == null || reason.isBlank())) {
      throw CaseRejectedException.invalid("comment", "must give the reason for a rejection");
    }
    status = approved ? CaseStatus.APPROVED : CaseStatus.REJECTED;
    decidedAt = now;
    outcomeReason = reason == null || reason.isBlank() ? null : reason.strip();
  }

  /** The result (or the rejection) was delivered: the case is done (办结). */
  public void complete(Instant now) {
    if (status != CaseStatus.APPROVED && status != CaseStatus.REJECTED) {
      throw CaseRejectedException.conflict(
          "status", "a case is delivered after its decision, not while " + status);
    }
    status = CaseStatus.COMPLETED;
    completedAt = now;
  }

  /**
   * Records the fee charged against the item's standard amounts; a differing charge is flagged (a
   * fee violation for supervision), not refused: the money was taken.
   *
   * @param allowed the amounts the item's standard names; empty when the item is free
   * @return whether the charge was flagged
   */
  public boolean charge(BigDecimal amount, java.util.Set<BigDecimal> allowed) {
    if (amount == null || amount.signum() < 0) {
      throw CaseRejectedException.invalid("amount", "must be zero or more");
    }
    if (status == CaseStatus.REFUSED || status == CaseStatus.RECEIVED) {
      throw CaseRejectedException.conflict("status", "fees are charged on accepted cases only");
    }
    feeCharged = amount;
    boolean free = allowed.isEmpty();
    feeFlagged =
        free ? amount.signum() != 0 : allowed.stream().noneMatch(a -> a.compareTo(amount) == 0);
    feeStandard = free ? BigDecimal.ZERO : allowed.stream().max(BigDecimal::compareTo).get();
    return feeFlagged;
  }

  /** A special procedure (hearing, testing, expert review ...) starts or ends. */
  public void pause(boolean on) {
    requireStatus(
        on ? "start a special procedure" : "end a special procedure", CaseStatus.ACCEPTED);
    if (paused == on) {
      throw CaseRejectedException.conflict(
          "status", on ? "a special procedure is already running" : "no special procedure runs");
    }
    paused = on;
  }

  private void requireStatus(String action, CaseStatus expected) {
    if (status != expected) {
      throw CaseRejectedException.conflict(
          "status",
          "cannot " + action + " a case that is " + status + " (expected " + expected + ")");
    }
  }

  public void started(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  public void clocks(UUID acceptance, UUID decision) {
    if (acceptance != null) {
      this.acceptanceClockId = acceptance;
    }
    if (decision != null) {
      this.decisionClockId = decision;
    }
  }

  public UUID id() {
    return id;
  }

  public UUID tenantId() {
    return tenantId;
  }

  public String number() {
    return number;
  }

  public String queryCodeHash() {
    return queryCodeHash;
  }

  public String itemKey() {
    return itemKey;
  }

  public int itemVersion() {
    return itemVersion;
  }

  public UUID itemVersionId() {
    return itemVersionId;
  }

  public String itemName() {
    return itemName;
  }

  public String departmentCode() {
    return departmentCode;
  }

  public ProcessTemplate template() {
    return template;
  }

  public CaseStatus status() {
    return status;
  }

  public Channel channel() {
    return channel;
  }

  public Applicant applicant() {
    return applicant;
  }

  public UUID applicantUserId() {
    return applicantUserId;
  }

  public String submittedBy() {
    return submittedBy;
  }

  public Instant receivedAt() {
    return receivedAt;
  }

  public Instant receiptAt() {
    return receiptAt;
  }

  public Instant acceptedAt() {
    return acceptedAt;
  }

  public boolean deemedAccepted() {
    return deemedAccepted;
  }

  public Instant decidedAt() {
    return decidedAt;
  }

  public Instant completedAt() {
    return completedAt;
  }

  public int supplementNotices() {
    return supplementNotices;
  }

  public String outcomeReason() {
    return outcomeReason;
  }

  public BigDecimal feeCharged() {
    return feeCharged;
  }

  public BigDecimal feeStandard() {
    return feeStandard;
  }

  public boolean feeFlagged() {
    return feeFlagged;
  }

  public boolean paused() {
    return paused;
  }

  public String processInstanceId() {
    return processInstanceId;
  }

  public UUID acceptanceClockId() {
    return acceptanceClockId;
  }

  public UUID decisionClockId() {
    return decisionClockId;
  }

  public int version() {
    return version;
  }
}
