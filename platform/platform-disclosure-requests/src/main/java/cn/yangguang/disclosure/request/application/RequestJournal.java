package cn.yangguang.disclosure.request.application;

import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.api.time.PlatformClock;
import cn.yangguang.disclosure.request.domain.DisclosureRequest;
import cn.yangguang.disclosure.request.domain.RequestRepository;
import cn.yangguang.kernel.audit.AuditTrail;
import cn.yangguang.kernel.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Records a step of a request three ways in the caller's transaction: the step the applicant
 * follows (with a note meant for her), the audit trail, and the outbox event {@code
 * disclosure.request.changed} that notifications and supervision listen to.
 */
@ApplicationScoped
public class RequestJournal {

  /** The event type announcing every change of a request. */
  public static final String CHANGED = "disclosure.request.changed";

  @Inject RequestRepository requests;
  @Inject AuditTrail audit;
  @Inject Outbox outbox;
  @Inject PlatformClock clock;
  @Inject cn.yangguang.disclosure.request.domain.ApplicantNotifier notifier;
  @Inject cn.yangguang.kernel.tenancy.application.TenantDirectory directory;

  /** The steps the applicant is told about (the others are the agency's own). */
  static final java.util.Set<String> TOLD =
      java.util.Set.of(
          "received",
          "supplement-notice",
          "supplement",
          "extension",
          "consultation",
          "fee-notice",
          "fee-paid",
          "answered",
          "lapsed",
          "longer-period");

  void record(TenantRef t, DisclosureRequest r, String kind, String actor, String note) {
    requests.addEvent(r.id(), clock.now(), kind, actor, note);
    String summary =
        Json.createObjectBuilder()
            .add("number", r.row().received().number())
            .add("agency", r.row().received().agencyCode())
            .add("kind", kind)
            .add("status", r.status().name())
            .add("note", note == null ? "" : note)
            .build()
            .toString();
    audit.record(
        t,
        actor,
        null,
        RequestClocks.SUBJECT,
        r.id().toString(),
        "disclosure.request." + kind,
        summary);
    outbox.publish(t, CHANGED, RequestClocks.SUBJECT, r.id().toString(), summary);
    if (TOLD.contains(kind)) {
      String county = directory.bySlug(t.slug()).map(x -> x.facts().nameZh()).orElse("");
      notifier.notify(
          r.row().received(),
          "【"
              + county
              + "】你的政府信息公开申请"
              + r.row().received().number()
              + "："
              + (note == null ? kind : note),
          clock.now());
    }
  }

  static String sha256(String s) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing", e);
    }
  }
}
