package cn.yangguang.web.disclosure.request;

import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.disclosure.application.DisclosureCatalogue;
import cn.yangguang.disclosure.request.application.RequestActor;
import cn.yangguang.disclosure.request.application.RequestIntake;
import cn.yangguang.disclosure.request.application.RequestQueries;
import cn.yangguang.disclosure.request.domain.ApplicantType;
import cn.yangguang.disclosure.request.domain.Channel;
import cn.yangguang.disclosure.request.domain.Outcome;
import cn.yangguang.disclosure.request.domain.RequestRejected;
import cn.yangguang.kernel.tenancy.application.TenantContext;
import cn.yangguang.web.console.ConsolePages;
import cn.yangguang.web.console.FieldMessage;
import cn.yangguang.web.console.Notice;
import cn.yangguang.web.http.ProblemException;
import cn.yangguang.web.security.StaffOnly;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The disclosure officers' console for requests: the agency's requests (the county office: every
 * agency's) sorted by the answer clock with its warning, a form to enter a request received in
 * person, by post, fax or e-mail, and a request's page with its steps and the actions the procedure
 * allows. Actions post forms and answer 303 back to the request (post/redirect/get).
 */
@Path("t/{tenant}/console/disclosure-requests")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
@StaffOnly({"discloser", "admin", "supervisor"})
public class RequestPagesResource {

  static final String HERE = "disclosure-requests";
  static final Set<String> ACTIONS =
      Set.of(
          "supplement-notice",
          "supplement",
          "extension",
          "consultation",
          "consultation-answer",
          "overrule",
          "fee-notice",
          "fee-paid",
          "excessive",
          "longer-period",
          "answer");

  @Inject ConsolePages pages;
  @Inject TenantContext tenants;
  @Inject RequestCallers callers;
  @Inject RequestQueries queries;
  @Inject RequestIntake intake;
  @Inject DisclosureCatalogue catalogue;
  @Inject RequestActions actions;

  /** The list, urgent first, and the entry form. */
  @GET
  public Response list(@QueryParam("agency") String agency) {
    return pages.page("console-disclosure-requests", HERE, listModel(agency, Map.of(), Map.of()));
  }

  /** Enters a request from the form: its page with the query code to hand over, or the problems. */
  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response enter(MultivaluedMap<String, String> form) {
    Map<String, String> f = Forms.values(form);
    Map<String, FieldMessage> errors;
    try {
      RequestIntake.Received got =
          intake.enter(
              tenant(),
              new RequestIntake.Submission(
                  f.get("agencyCode"),
                  DisclosureRequestResource.parse(Channel.class, "channel", f.get("channel")),
                  new Channel.ReceiptDates(
                      date(f, "handedInOn"), date(f, "signedForOn"), date(f, "confirmedOn")),
                  new cn.yangguang.disclosure.request.domain.Applicant(
                      DisclosureRequestResource.parse(
                          ApplicantType.class, "applicant.type", f.get("type")),
                      f.get("name"),
                      f.get("idNumber"),
                      f.get("phone"),
                      f.get("address")),
                  f.get("description"),
                  f.get("purpose"),
                  "ELECTRONIC"),
              callers.staff());
      Map<String, Object> model = detailModel(got.id());
      model.put("queryCode", got.queryCode());
      return pages.page(201, "console-disclosure-request", HERE, model);
    } catch (RequestRejected | ProblemException e) {
      errors = Forms.errors(e);
    }
    return pages.page(422, "console-disclosure-requests", HERE, listModel(null, errors, f));
  }

  /** A request with its steps and the actions open to the caller. */
  @GET
  @Path("{id}")
  public Response detail(@PathParam("id") String id, @QueryParam("notice") String notice) {
    Map<String, Object> model = detailModel(uuid(id));
    if (notice != null && ACTIONS.contains(notice)) {
      model.put("notice", new Notice("request.notice." + notice, ""));
    }
    return pages.page("console-disclosure-request", HERE, model);
  }

  /** Takes a step from a form; 303 back to the request, or the refusal as a problem. */
  @POST
  @Path("{id}/{action}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response act(
      @PathParam("id") String id,
      @PathParam("action") String action,
      MultivaluedMap<String, String> form) {
    if (!ACTIONS.contains(action)) {
      throw ProblemException.notFound("action " + action);
    }
    Map<String, String> f = Forms.values(form);
    UUID request = uuid(id);
    try {
      actions.apply(
          request,
          action,
          new DisclosureRequestResource.ActionRequest(
              f.get("asked"),
              integer(f, "periodDays"),
              f.get("reason"),
              f.get("kind"),
              f.get("party"),
              f.get("consultationId") == null ? null : uuid(f.get("consultationId")),
              f.get("opinion"),
              f.get("scale"),
              integer(f, "pages"),
              f.get("outcome"),
              f.get("redirectTo")));
    } catch (RequestRejected e) {
      return refused(request, e.getMessage(), e.conflict() ? 409 : 422);
    } catch (ProblemException e) {
      return refused(request, e.getMessage(), e.status());
    }
    return pages.seeOther(HERE + "/" + request + "?notice=" + action);
  }

  /** The request's page again with why the step was refused (nothing changed). */
  private Response refused(UUID id, String why, int status) {
    Map<String, Object> model = detailModel(id);
    model.put("failure", why);
    return pages.page(status, "console-disclosure-request", HERE, model);
  }

  private Map<String, Object> listModel(
      String agency, Map<String, FieldMessage> errors, Map<String, String> form) {
    TenantRef t = tenant();
    RequestActor a = callers.staff();
    List<RequestQueries.View> all = queries.list(t, a, blank(agency), false, 200);
    Map<String, Object> model = new HashMap<>();
    model.put(
        "open",
        RequestPages.urgentFirst(
            all.stream().filter(v -> v.request().row().closure() == null).toList()));
    model.put(
        "closed", all.stream().filter(v -> v.request().row().closure() != null).limit(50).toList());
    model.put("levels", RequestPages.levels(all));
    model.put("agencies", catalogue.agencies(t).stream().filter(x -> a.mayRead(x.code())).toList());
    model.put("names", RequestPages.agencyNames(catalogue.agencies(t)));
    model.put("agency", blank(agency));
    model.put("actor", a);
    model.put("channels", List.of(Channel.values()));
    model.put("types", List.of(ApplicantType.values()));
    model.put("errors", errors);
    model.put("f", form);
    model.put("today", catalogue.today(t).toString());
    return model;
  }

  private Map<String, Object> detailModel(UUID id) {
    TenantRef t = tenant();
    RequestActor a = callers.staff();
    RequestQueries.View v = queries.detail(t, id, a);
    Map<String, Object> model = new HashMap<>();
    model.put("v", v);
    model.put("r", v.request().row());
    model.put("actor", a);
    model.put("mayAct", a.mayAct(v.request().row().received().agencyCode()));
    model.put(
        "overruled", v.request().consultations().stream().anyMatch(c -> c.overruledOn() != null));
    model.put("names", RequestPages.agencyNames(catalogue.agencies(t)));
    model.put("outcomes", List.of(Outcome.values()).stream().filter(Outcome::answer).toList());
    model.put("api", "/t/" + t.slug() + "/api/v1/disclosure-requests/" + id);
    model.put("time", cn.yangguang.web.casework.LocalTimes.INSTANCE);
    return model;
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  private static LocalDate date(Map<String, String> f, String field) {
    String s = blank(f.get(field));
    try {
      return s == null ? null : LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw RequestRejected.invalid(field, "is not a date (YYYY-MM-DD)");
    }
  }

  private static Integer integer(Map<String, String> f, String field) {
    String s = f.get(field);
    try {
      return s == null ? null : Integer.valueOf(s.strip());
    } catch (NumberFormatException e) {
      throw RequestRejected.invalid(field, "is not a number");
    }
  }

  static UUID uuid(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw ProblemException.notFound("request " + id);
    }
  }

  private TenantRef tenant() {
    return tenants.require().ref();
  }
}
