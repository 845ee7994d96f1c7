package cn.yangguang.web.casework;

import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.casework.application.CaseExtensions;
import cn.yangguang.casework.application.CaseHandling;
import cn.yangguang.casework.application.CaseQueries;
import cn.yangguang.casework.application.StaffActor;
import cn.yangguang.casework.domain.CaseNotFoundException;
import cn.yangguang.casework.domain.CaseRejectedException;
import cn.yangguang.casework.domain.NotYourTaskException;
import cn.yangguang.casework.domain.WorkItem;
import cn.yangguang.kernel.audit.AuditLog;
import cn.yangguang.kernel.tenancy.application.TenantContext;
import cn.yangguang.web.console.ConsolePages;
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
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The casework pages of the staff console: the inbox of the caller's posts sorted by urgency, a
 * case with its materials, clocks, history and audit replay, and the actions her posts allow on it.
 * Forms post back here and redirect (post/redirect/get); a refused action re-renders the case with
 * the reason and 409/422/403.
 */
@Path("t/{tenant}/console/cases")
@RequestScoped
@StaffOnly
@Produces(MediaType.TEXT_HTML)
public class CasePagesResource {

  static final String HERE = "cases";

  /** Notices this page shows after a redirect. */
  static final Set<String> NOTICES =
      Set.of(
          "accepted",
          "refused",
          "supplement-requested",
          "step-done",
          "procedure",
          "fee",
          "extended");

  @Inject ConsolePages pages;
  @Inject TenantContext tenants;
  @Inject CaseQueries queries;
  @Inject CaseHandling handling;
  @Inject CaseExtensions extensions;
  @Inject CaseworkCallers callers;
  @Inject AuditLog audit;

  /** The inbox, and the county's recent cases. */
  @GET
  public Response inbox() {
    StaffActor me = callers.staff();
    Map<String, Object> model = new HashMap<>();
    model.put(
        "inbox", queries.inbox(t(), me, 100, 0).stream().map(WorkItemResource::line).toList());
    model.put("inboxSize", queries.inboxSize(t(), me));
    model.put("recent", queries.recent(t(), null, 30).stream().map(CaseViews::summary).toList());
    model.put("posts", me.posts().stream().sorted().toList());
    model.put("time", LocalTimes.INSTANCE);
    return pages.page("console-cases", HERE, model);
  }

  /** The recorded SMS (the development gateway's outbox). */
  @GET
  @Path("sms")
  @StaffOnly({"admin", "clerk", "supervisor"})
  public Response sms() {
    return pages.page(
        "console-case-sms",
        HERE,
        Map.of("messages", queries.sms(t(), 100), "time", LocalTimes.INSTANCE));
  }

  /** One case. */
  @GET
  @Path("{id}")
  public Response detail(@PathParam("id") UUID id, @QueryParam("notice") String notice) {
    Map<String, Object> model = model(id);
    if (notice != null && NOTICES.contains(notice)) {
      model.put("done", notice);
    }
    return pages.page("console-case", HERE, model);
  }

  /** One action on a case, by the form's {@code action} field. */
  @POST
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response act(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
    StaffActor me = callers.staff();
    String action = value(form, "action");
    String text = value(form, "text");
    String notice;
    try {
      switch (action) {
        case "accept" -> {
          handling.accept(t(), id, me);
          notice = "accepted";
        }
        case "refuse" -> {
          handling.refuse(t(), id, text, me);
          notice = "refused";
        }
        case "supplement-notice" -> {
          handling.requestSupplement(t(), id, text, me);
          notice = "supplement-requested";
        }
        case "complete" -> {
          handling.completeStep(
              t(),
              uuid(value(form, "workItem")),
              !"reject".equals(value(form, "decision")),
              text,
              me);
          notice = "step-done";
        }
        case "procedure-start", "procedure-end" -> {
          handling.specialProcedure(t(), id, "procedure-start".equals(action), text, me);
          notice = "procedure";
        }
        case "fee" -> {
          handling.charge(t(), id, amount(value(form, "amount")), me);
          notice = "fee";
        }
        case "extend" -> {
          extensions.extend(t(), id, text, me);
          notice = "extended";
        }
        default -> throw CaseRejectedException.invalid("action", "is not an action on a case");
      }
    } catch (CaseRejectedException e) {
      Map<String, Object> model = model(id);
      model.put("error", e.getMessage());
      model.put("errorField", e.field());
      return pages.page(e.conflict() ? 409 : 422, "console-case", HERE, model);
    } catch (NotYourTaskException e) {
      Map<String, Object> model = model(id);
      model.put("error", e.getMessage());
      return pages.page(403, "console-case", HERE, model);
    }
    return pages.seeOther(HERE + "/" + id + "?notice=" + notice);
  }

  private Map<String, Object> model(UUID id) {
    StaffActor me = callers.staff();
    CaseQueries.CaseDetail d;
    try {
      d = queries.detail(t(), id);
    } catch (CaseNotFoundException e) {
      throw ProblemException.notFound("case " + id);
    }
    Map<String, Object> model = new HashMap<>();
    model.put("time", LocalTimes.INSTANCE);
    model.put("c", CaseViews.detail(d));
    String caseApi = "/t/" + t().slug() + "/api/v1/cases/" + id + "/";
    model.put("api", caseApi + "documents/");
    model.put("materialsApi", caseApi + "materials/");
    List<WorkItem> mine =
        d.workItems().stream().filter(w -> w.open() && me.holds(w.postCode())).toList();
    model.put(
        "acceptStep",
        mine.stream().anyMatch(w -> "accept".equals(w.step()))
            && d.caseFile().status().name().equals("RECEIVED"));
    model.put("steps", mine.stream().filter(w -> !"accept".equals(w.step())).toList());
    boolean mayExtend = extensions.offered(t(), d.caseFile(), me);
    model.put("mayExtend", mayExtend);
    model.put("mayAct", !mine.isEmpty() || mayExtend);
    model.put("replay", audit.replay(t(), "case", id.toString()));
    return model;
  }

  private TenantRef t() {
    return tenants.require().ref();
  }

  private static UUID uuid(String s) {
    try {
      return UUID.fromString(s);
    } catch (IllegalArgumentException e) {
      throw CaseRejectedException.invalid("workItem", "is not a step of this case");
    }
  }

  private static BigDecimal amount(String s) {
    try {
      return new BigDecimal(s);
    } catch (NumberFormatException e) {
      throw CaseRejectedException.invalid("amount", "is not an amount in yuan");
    }
  }

  private static String value(MultivaluedMap<String, String> form, String field) {
    String v = form.getFirst(field);
    return v == null ? "" : v.strip();
  }
}
