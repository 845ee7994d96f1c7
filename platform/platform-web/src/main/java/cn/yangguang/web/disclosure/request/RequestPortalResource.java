package cn.yangguang.web.disclosure.request;

import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.disclosure.application.DisclosureCatalogue;
import cn.yangguang.disclosure.request.application.RequestIntake;
import cn.yangguang.disclosure.request.application.RequestQueries;
import cn.yangguang.disclosure.request.domain.Applicant;
import cn.yangguang.disclosure.request.domain.ApplicantType;
import cn.yangguang.disclosure.request.domain.Channel;
import cn.yangguang.disclosure.request.domain.RequestRejected;
import cn.yangguang.kernel.identity.application.Caller;
import cn.yangguang.kernel.tenancy.application.ResolvedTenant;
import cn.yangguang.kernel.tenancy.application.TenantContext;
import cn.yangguang.web.console.FieldMessage;
import cn.yangguang.web.http.ProblemException;
import cn.yangguang.web.security.Authenticated;
import cn.yangguang.web.security.CallerContext;
import cn.yangguang.web.view.View;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The applicant's pages on a county's portal: the request form with guidance on what can be asked
 * (signed in to submit), her own requests with their steps and documents, and the public status
 * page by number and query code. Never cached: they show a person's requests.
 */
@Path("t/{tenant}/disclosure/requests")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class RequestPortalResource {

  @Inject TenantContext tenants;
  @Inject CallerContext caller;
  @Inject RequestIntake intake;
  @Inject RequestQueries queries;
  @Inject DisclosureCatalogue catalogue;
  @Context HttpHeaders headers;
  @Context UriInfo uri;

  /** The guidance and, for a signed-in person, the form and her requests. */
  @GET
  public Response form() {
    return page(200, "disclosure-request-form", formModel(Map.of(), Map.of()));
  }

  /** Submits the form: the number and query code, or the form again with every problem. */
  @POST
  @Authenticated
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response submit(MultivaluedMap<String, String> posted) {
    Map<String, String> f = Forms.values(posted);
    Caller me = caller.caller().orElseThrow();
    Map<String, FieldMessage> errors;
    try {
      RequestIntake.Received got =
          intake.online(
              t(),
              new RequestIntake.Submission(
                  f.get("agencyCode"),
                  Channel.ONLINE,
                  Channel.ReceiptDates.none(),
                  new Applicant(
                      DisclosureRequestResource.parse(
                          ApplicantType.class, "applicant.type", f.get("type")),
                      f.get("name"),
                      f.get("idNumber"),
                      f.get("phone"),
                      f.get("address")),
                  f.get("description"),
                  null,
                  f.get("delivery")),
              me.username(),
              me.userId());
      Map<String, Object> model = formModel(Map.of(), Map.of());
      model.put("received", got);
      return page(201, "disclosure-request-form", model);
    } catch (RequestRejected | ProblemException e) {
      errors = Forms.errors(e);
    }
    return page(422, "disclosure-request-form", formModel(errors, f));
  }

  /** The status page; with a number and code, the request's steps. */
  @GET
  @Path("status")
  public Response status(
      @QueryParam("number") String number,
      @QueryParam("code") String code,
      @Context HttpServletRequest request) {
    Map<String, Object> model = model();
    int status = 200;
    if (number != null && code != null && number.length() <= 30 && code.length() <= 20) {
      RequestQueries.Lookup r =
          queries.lookup(t(), number, code, request == null ? "unknown" : request.getRemoteAddr());
      if (r instanceof RequestQueries.Lookup.Found found) {
        model.put("v", found.view());
      } else if (r instanceof RequestQueries.Lookup.TooManyAttempts) {
        model.put("failure", "request.status.tooMany");
        status = 429;
      } else {
        model.put("failure", "request.status.notFound");
        status = 404;
      }
      model.put("number", number);
    }
    return page(status, "disclosure-request-status", model);
  }

  private Map<String, Object> formModel(Map<String, FieldMessage> errors, Map<String, String> f) {
    Map<String, Object> model = model();
    var me = caller.caller();
    model.put("signedIn", me.isPresent());
    model.put("csrf", caller.session().map(s -> s.csrfToken()).orElse(""));
    model.put("agencies", catalogue.agencies(t()));
    model.put("types", List.of(ApplicantType.values()));
    model.put("errors", errors);
    model.put("form", f);
    model.put("mine", me.map(c -> queries.mine(t(), c.userId())).orElse(List.of()));
    return model;
  }

  private Map<String, Object> model() {
    ResolvedTenant t = tenants.require();
    Map<String, Object> model = new HashMap<>();
    model.put("tenant", t);
    model.put("base", "/t/" + t.ref().slug());
    model.put("time", cn.yangguang.web.casework.LocalTimes.INSTANCE);
    return model;
  }

  private Response page(int status, String template, Map<String, Object> model) {
    CacheControl noStore = new CacheControl();
    noStore.setNoStore(true);
    noStore.setPrivate(true);
    return Response.status(status)
        .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .entity(
            cn.yangguang.web.view.ViewWriter.render(
                new View(template, model),
                cn.yangguang.web.view.RequestLocale.of(headers, uri),
                uri.getPath()))
        .cacheControl(noStore)
        .build();
  }

  private TenantRef t() {
    return tenants.require().ref();
  }
}
