package cn.yangguang.web.disclosure.request;

import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.disclosure.request.application.RequestActor;
import cn.yangguang.disclosure.request.application.RequestHandling;
import cn.yangguang.disclosure.request.application.RequestQueries;
import cn.yangguang.disclosure.request.domain.Consultation;
import cn.yangguang.disclosure.request.domain.FeeSchedule;
import cn.yangguang.disclosure.request.domain.Outcome;
import cn.yangguang.kernel.tenancy.application.TenantContext;
import cn.yangguang.web.http.FieldError;
import cn.yangguang.web.http.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;

/** The steps of a request by name, shared by the JSON API and the console's forms. */
@RequestScoped
public class RequestActions {

  @Inject TenantContext tenants;
  @Inject RequestCallers callers;
  @Inject RequestHandling handling;
  @Inject RequestQueries queries;

  /** Takes a step; returns the full applicant for {@code unmask}, else null. */
  Object apply(UUID id, String action, DisclosureRequestResource.ActionRequest b) {
    TenantRef t = tenants.require().ref();
    RequestActor a = callers.staff();
    switch (action) {
      case "supplement-notice" -> handling.noticeSupplement(t, id, b.asked(), b.periodDays(), a);
      case "supplement" -> handling.supplementArrived(t, id, a);
      case "extension" -> handling.extend(t, id, b.reason(), a);
      case "consultation" ->
          handling.consult(
              t,
              id,
              DisclosureRequestResource.parse(Consultation.Kind.class, "kind", b.kind()),
              b.party(),
              a);
      case "consultation-answer" ->
          handling.consultationAnswered(
              t,
              id,
              required("consultationId", b.consultationId()),
              DisclosureRequestResource.parse(Consultation.Opinion.class, "opinion", b.opinion()),
              a);
      case "overrule" ->
          handling.overrule(t, id, required("consultationId", b.consultationId()), a);
      case "fee-notice" ->
          handling.noticeFee(
              t,
              id,
              DisclosureRequestResource.parse(FeeSchedule.Scale.class, "scale", b.scale()),
              b.pages() == null ? 0 : b.pages(),
              a);
      case "fee-paid" -> handling.feePaid(t, id, a);
      case "excessive" -> handling.markExcessive(t, id, b.reason(), a);
      case "longer-period" -> handling.grantLongerPeriod(t, id, b.periodDays(), a);
      case "answer" ->
          handling.answer(
              t,
              id,
              DisclosureRequestResource.parse(Outcome.class, "outcome", b.outcome()),
              b.reason(),
              b.redirectTo(),
              a);
      case "unmask" -> {
        if (b.reason() == null || b.reason().isBlank()) {
          throw ProblemException.badField("reason", "a reason is required to see the full numbers");
        }
        return queries.unmasked(t, id, a, b.reason().strip());
      }
      default -> throw ProblemException.notFound("action " + action);
    }
    return null;
  }

  static <T> T required(String field, T value) {
    if (value == null) {
      throw new ProblemException(
          422,
          "Invalid request",
          field + " is required",
          List.of(new FieldError(field, "required")));
    }
    return value;
  }
}
