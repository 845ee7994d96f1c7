package cn.yangguang.web.disclosure;

import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.disclosure.application.DisclosureCatalogue;
import cn.yangguang.disclosure.application.DisclosureQueries;
import cn.yangguang.disclosure.application.DocumentService;
import cn.yangguang.disclosure.domain.DisclosureDocument;
import cn.yangguang.disclosure.domain.DocumentKind;
import cn.yangguang.disclosure.domain.DocumentStatus;
import cn.yangguang.disclosure.domain.FieldProblem;
import cn.yangguang.disclosure.domain.LifecycleRefused;
import cn.yangguang.disclosure.domain.Step;
import cn.yangguang.kernel.identity.domain.Roles;
import cn.yangguang.kernel.tenancy.application.TenantContext;
import cn.yangguang.web.console.ConsolePages;
import cn.yangguang.web.console.FieldMessage;
import cn.yangguang.web.console.Notice;
import cn.yangguang.web.http.ProblemException;
import cn.yangguang.web.security.CallerContext;
import cn.yangguang.web.security.StaffOnly;
import cn.yangguang.web.view.RequestLocale;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The disclosure console: the officers' page (documents not yet public, each with its
 * proactive-disclosure clock, oldest first; the published ones to withdraw; a form for a new
 * document) and the confidentiality reviewers' queue. Every action posts a form and answers 303 to
 * the page it came from (post/redirect/get).
 */
@Path("t/{tenant}/console/disclosure")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class DisclosurePagesResource {

  static final String HERE = "disclosure";
  static final String REVIEW = "disclosure/review";
  static final Set<String> NOTICES =
      Set.of("created", "submit", "approve", "return", "publish", "withdraw");

  @Inject ConsolePages pages;
  @Inject TenantContext tenants;
  @Inject CallerContext caller;
  @Inject DisclosureCatalogue catalogue;
  @Inject DisclosureQueries queries;
  @Inject DocumentService service;

  @Context HttpHeaders headers;
  @Context UriInfo uri;

  /** The officer's page. */
  @GET
  @StaffOnly({Roles.DISCLOSER})
  public Response officer(@QueryParam("notice") String notice, @QueryParam("id") String id) {
    Map<String, Object> model = officerModel(Map.of(), emptyForm());
    notice(model, notice, id);
    return pages.page("console-disclosure", HERE, model);
  }

  /** Writes a new draft from the form; 303 to the page, or the page with every problem (422). */
  @POST
  @StaffOnly({Roles.DISCLOSER})
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response create(
      @FormParam("column") String column,
      @FormParam("agency") String agency,
      @FormParam("title") String title,
      @FormParam("body") String body,
      @FormParam("kind") String kind,
      @FormParam("documentNumber") String documentNumber,
      @FormParam("issuingAgency") String issuingAgency,
      @FormParam("subject") String subject,
      @FormParam("formedOn") String formedOn) {
    DisclosureViews.NewDocument form =
        new DisclosureViews.NewDocument(
            column, agency, title, body, kind, documentNumber, issuingAgency, subject, formedOn);
    Map<String, FieldMessage> errors = new LinkedHashMap<>();
    try {
      DisclosureDocument d =
          service.create(tenant(), form.fields(), caller.actor(), caller.requireStaff().roles());
      return pages.seeOther(HERE + "?notice=created&id=" + d.id());
    } catch (DocumentService.Invalid e) {
      for (FieldProblem p : e.problems()) {
        errors.putIfAbsent(
            p.field(), new FieldMessage("disclosure.error." + p.field(), p.message()));
      }
    } catch (ProblemException e) {
      e.errors()
          .forEach(
              f ->
                  errors.putIfAbsent(
                      f.field(), new FieldMessage("disclosure.error." + f.field(), f.message())));
    }
    return pages.page(422, "console-disclosure", HERE, officerModel(errors, form));
  }

  /** The reviewer's queue: documents under confidentiality review, with their text. */
  @GET
  @Path("review")
  @StaffOnly({Roles.SECRECY})
  public Response review(@QueryParam("notice") String notice, @QueryParam("id") String id) {
    TenantRef t = tenant();
    Map<String, Object> model = new HashMap<>();
    model.put("queue", queries.work(t, EnumSet.of(DocumentStatus.IN_REVIEW)));
    model.put("names", DisclosurePages.names(catalogue.columns(t), catalogue.agencies(t)));
    model.put("fmt", new DisclosurePages.Format(tenants.require().zone()));
    notice(model, notice, id);
    return pages.page("console-disclosure-review", REVIEW, model);
  }

  /** Takes a step from a form; 303 back to the page the step belongs to. */
  @POST
  @Path("{id}/{step}")
  @StaffOnly({Roles.DISCLOSER, Roles.SECRECY})
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response step(
      @PathParam("id") String id, @PathParam("step") String step, @FormParam("note") String note) {
    UUID doc = DisclosureResource.uuid(id);
    Step s = Step.named(step).orElseThrow(() -> ProblemException.notFound("step"));
    try {
      service.take(tenant(), doc, s, note, caller.actor(), caller.requireStaff().roles());
    } catch (LifecycleRefused e) {
      throw DisclosureViews.refusal(e);
    }
    String back = s.role().equals(Roles.SECRECY) ? REVIEW : HERE;
    return pages.seeOther(back + "?notice=" + s.slug() + "&id=" + doc);
  }

  private Map<String, Object> officerModel(
      Map<String, FieldMessage> errors, DisclosureViews.NewDocument form) {
    TenantRef t = tenant();
    Map<String, Object> model = new HashMap<>();
    List<DisclosureQueries.WorkItem> open =
        queries.work(
            t, EnumSet.of(DocumentStatus.DRAFT, DocumentStatus.IN_REVIEW, DocumentStatus.APPROVED));
    model.put("open", open);
    model.put("levels", DisclosureConsole.levels(open));
    model.put("published", queries.allPublished(t).stream().limit(50).toList());
    model.put("columns", catalogue.columns(t).all());
    model.put("agencies", catalogue.agencies(t));
    model.put("subjects", catalogue.subjects(t));
    model.put("kinds", List.of(DocumentKind.values()));
    model.put("names", DisclosurePages.names(catalogue.columns(t), catalogue.agencies(t)));
    model.put("roles", caller.requireStaff().roles());
    model.put("errors", errors);
    model.put("f", form);
    model.put("today", catalogue.today(t).toString());
    model.put("en", "en".equals(RequestLocale.of(headers, uri).getLanguage()));
    return model;
  }

  private void notice(Map<String, Object> model, String kind, String id) {
    if (kind == null || !NOTICES.contains(kind) || id == null) {
      return;
    }
    try {
      queries
          .working(tenant(), UUID.fromString(id))
          .ifPresent(
              w ->
                  model.put(
                      "notice",
                      new Notice("disclosure.notice." + kind, w.document().fields().title())));
    } catch (IllegalArgumentException e) {
      // not an id: no notice
    }
  }

  private static DisclosureViews.NewDocument emptyForm() {
    return new DisclosureViews.NewDocument("", "", "", "", "", "", "", "", "");
  }

  private TenantRef tenant() {
    return tenants.require().ref();
  }
}
