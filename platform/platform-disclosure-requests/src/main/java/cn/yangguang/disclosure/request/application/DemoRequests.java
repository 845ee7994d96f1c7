package cn.yangguang.disclosure.request.application;

import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.disclosure.request.domain.Applicant;
import cn.yangguang.disclosure.request.domain.ApplicantType;
import cn.yangguang.disclosure.request.domain.Channel;
import cn.yangguang.disclosure.request.domain.DecisionRepository;
import cn.yangguang.disclosure.request.domain.DisclosureRequest;
import cn.yangguang.disclosure.request.domain.ExOfficioDecision;
import cn.yangguang.disclosure.request.domain.Outcome;
import cn.yangguang.disclosure.request.domain.RequestRepository;
import cn.yangguang.disclosure.request.domain.RequestStatus;
import cn.yangguang.disclosure.request.domain.Row;
import cn.yangguang.kernel.privacy.FieldKeys;
import cn.yangguang.kernel.tenancy.application.TenantTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Seeds one agency of a county with SYNTHETIC requests of 2023-2026 (ADR 0043): answered in their
 * year, carried over the turn of 2024 and 2025, every applicant type, partial disclosures, a lapsed
 * supplement, and two requests received today whose clocks run; plus three ex-officio decisions of
 * 2025. Past requests are written as they ended (their clocks are long over); the annual reports of
 * 2024 and 2025 are generated from them. Only for a county without any request.
 */
@ApplicationScoped
public class DemoRequests {

  static final String ACTOR = "system:demo-seed";

  /** A past request: type, person, received, closed (null: carried), outcome, channel. */
  record Past(ApplicantType type, int person, String received, String closed, Outcome outcome) {}

  static final List<Past> PAST =
      List.of(
          new Past(ApplicantType.NATURAL_PERSON, 0, "2023-12-20", "2024-01-10", Outcome.PROVIDED),
          new Past(ApplicantType.NATURAL_PERSON, 1, "2024-02-26", "2024-03-15", Outcome.PROVIDED),
          new Past(ApplicantType.NATURAL_PERSON, 2, "2024-03-11", "2024-04-02", Outcome.PARTIAL),
          new Past(ApplicantType.COMMERCIAL, 5, "2024-04-15", "2024-05-13", Outcome.PROVIDED),
          new Past(
              ApplicantType.NATURAL_PERSON,
              3,
              "2024-05-20",
              "2024-06-05",
              Outcome.WITHHELD_THIRD_PARTY),
          new Past(ApplicantType.NATURAL_PERSON, 4, "2024-06-17", "2024-07-01", Outcome.NOT_HELD),
          new Past(ApplicantType.RESEARCH, 6, "2024-07-22", "2024-08-19", Outcome.PARTIAL),
          new Past(ApplicantType.NATURAL_PERSON, 0, "2024-09-02", "2024-09-06", Outcome.REPEAT),
          new Past(
              ApplicantType.NATURAL_PERSON,
              1,
              "2024-10-14",
              "2024-11-05",
              Outcome.ABANDONED_NO_SUPPLEMENT),
          new Past(
              ApplicantType.LEGAL_SERVICE, 7, "2024-11-18", "2024-12-10", Outcome.ALREADY_PUBLIC),
          new Past(ApplicantType.NATURAL_PERSON, 2, "2024-12-16", "2025-01-08", Outcome.PROVIDED),
          new Past(ApplicantType.NATURAL_PERSON, 3, "2024-12-23", "2025-01-15", Outcome.PARTIAL),
          new Past(ApplicantType.COMMERCIAL, 5, "2024-12-27", "2025-01-20", Outcome.NEEDS_NEW_WORK),
          new Past(ApplicantType.NATURAL_PERSON, 4, "2025-02-17", "2025-03-10", Outcome.PROVIDED),
          new Past(ApplicantType.NATURAL_PERSON, 0, "2025-03-03", "2025-03-21", Outcome.PARTIAL),
          new Past(ApplicantType.NATURAL_PERSON, 1, "2025-03-24", "2025-04-14", Outcome.PROVIDED),
          new Past(ApplicantType.PUBLIC_INTEREST, 8, "2025-04-21", "2025-05-19", Outcome.PROVIDED),
          new Past(
              ApplicantType.NATURAL_PERSON,
              2,
              "2025-05-12",
              "2025-06-03",
              Outcome.WITHHELD_PROCESS),
          new Past(
              ApplicantType.NATURAL_PERSON, 3, "2025-06-09", "2025-06-30", Outcome.DOES_NOT_EXIST),
          new Past(ApplicantType.COMMERCIAL, 5, "2025-07-07", "2025-07-25", Outcome.PARTIAL),
          new Past(ApplicantType.NATURAL_PERSON, 4, "2025-08-04", "2025-08-08", Outcome.PETITION),
          new Past(ApplicantType.NATURAL_PERSON, 0, "2025-09-01", "2025-09-19", Outcome.PROVIDED),
          new Past(
              ApplicantType.OTHER_ORG, 9, "2025-09-15", "2025-10-20", Outcome.ABANDONED_FEE_UNPAID),
          new Past(
              ApplicantType.LEGAL_SERVICE, 7, "2025-10-20", "2025-11-07", Outcome.WITHHELD_LAW),
          new Past(ApplicantType.NATURAL_PERSON, 1, "2025-11-10", "2025-12-01", Outcome.PROVIDED),
          new Past(ApplicantType.NATURAL_PERSON, 2, "2025-11-24", "2025-12-12", Outcome.WITHDRAWN),
          new Past(ApplicantType.NATURAL_PERSON, 3, "2025-12-15", "2026-01-09", Outcome.PROVIDED),
          new Past(ApplicantType.RESEARCH, 6, "2025-12-22", "2026-01-16", Outcome.PARTIAL));

  private static final String[][] PEOPLE = {
    {"王建国（演示）", "422822198503150018", "13900000001"},
    {"李秀英（演示）", "422822199207220020", "13900000002"},
    {"张伟（演示）", "422822197811050030", "13900000003"},
    {"刘芳（演示）", "422822200101010047", "13900000004"},
    {"陈静（演示）", "422822198809090054", "13900000005"},
    {"建始县某商贸有限公司（演示）", "91422822MA4F1234X5", "0718-3321001"},
    {"某大学公共管理学院（演示）", "12420000MB1A2345X6", "027-87654321"},
    {"湖北某律师事务所（演示）", "31420000MD0123456X", "0718-8221002"},
    {"某公益基金会（演示）", "53420000MJ1234567Y", "0718-8221003"},
    {"某村民合作社（演示）", "93422822MA4G7654X1", "0718-3321004"},
  };

  @Inject TenantTransactions transactions;
  @Inject RequestRepository requests;
  @Inject DecisionRepository decisions;
  @Inject RequestIntake intake;
  @Inject FieldKeys keys;

  /** Seeds the agency unless the county has requests; returns how many requests were created. */
  public int seed(TenantRef t, String agency, ZoneId zone) {
    if (!transactions.call(t, () -> requests.list(null, false, 1).isEmpty())) {
      return 0;
    }
    transactions.run(
        t,
        () -> {
          for (Past p : PAST) {
            requests.add(past(t, agency, zone, p));
          }
          decisions.add(
              decision(agency, ExOfficioDecision.Kind.PENALTY, "建民罚〔2025〕1号", "2025-04-08"), ACTOR);
          decisions.add(
              decision(agency, ExOfficioDecision.Kind.PENALTY, "建民罚〔2025〕2号", "2025-09-23"), ACTOR);
          decisions.add(
              decision(agency, ExOfficioDecision.Kind.ENFORCEMENT, "建民强〔2025〕1号", "2025-10-16"),
              ACTOR);
        });
    RequestActor seeder = new RequestActor(ACTOR, Set.of(RequestActor.OFFICER), agency, true);
    for (int i = 0; i < 2; i++) {
      String[] p = PEOPLE[i + 3];
      intake.enter(
          t,
          new RequestIntake.Submission(
              agency,
              Channel.IN_PERSON,
              Channel.ReceiptDates.none(),
              new Applicant(ApplicantType.NATURAL_PERSON, p[0], p[1], p[2], "建始县业州镇（演示）"),
              i == 0 ? "申请公开本县2026年城乡低保资金发放明细（演示）" : "申请公开本县养老机构运营补贴标准（演示）",
              null,
              "ELECTRONIC"),
          seeder);
    }
    return PAST.size() + 2;
  }

  private DisclosureRequest past(TenantRef t, String agency, ZoneId zone, Past p) {
    String[] who = PEOPLE[p.person()];
    LocalDate received = LocalDate.parse(p.received());
    LocalDate closed = LocalDate.parse(p.closed());
    Applicant a = new Applicant(p.type(), who[0], who[1], who[2], "建始县（演示）");
    Row.Received r =
        new Row.Received(
            t.id(),
            UUID.randomUUID(),
            requests.nextNumber(received.getYear()),
            RequestJournal.sha256(UUID.randomUUID().toString()),
            agency,
            p.person() % 2 == 0 ? Channel.ONLINE : Channel.REGISTERED_POST,
            a,
            keys.cipher().blindIndex(t.id(), a.idNumber()),
            null,
            "申请公开" + received.getYear() + "年度社会救助资金使用情况（演示）",
            null,
            "ELECTRONIC",
            received,
            received.atStartOfDay(zone).plusHours(10).toInstant(),
            ACTOR);
    String reason = p.outcome().reasonRequired() ? "涉及第三方或法定不予公开事由（演示）" : null;
    return new DisclosureRequest(
        new Row(
            r,
            RequestStatus.CLOSED,
            received,
            new Row.Supplement(null, null, null, null),
            null,
            null,
            null,
            new Row.Fee(null, null, null, null, null),
            new Row.Closure(p.outcome(), reason, null, closed),
            null,
            null,
            0),
        List.of());
  }

  private static ExOfficioDecision decision(
      String agency, ExOfficioDecision.Kind kind, String ref, String on) {
    return new ExOfficioDecision(
        UUID.randomUUID(), agency, kind, ref, LocalDate.parse(on), "演示决定（SYNTHETIC）");
  }
}
