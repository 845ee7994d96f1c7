package cn.yangguang.web.casework;

import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.casework.application.CaseIntake;
import cn.yangguang.casework.application.CaseQueries;
import cn.yangguang.casework.domain.Applicant;
import cn.yangguang.casework.domain.CaseRejectedException;
import cn.yangguang.casework.domain.Channel;
import cn.yangguang.catalogue.application.CatalogueQueries;
import cn.yangguang.catalogue.domain.ItemFields;
import cn.yangguang.catalogue.domain.ServiceItem;
import cn.yangguang.kernel.identity.application.Caller;
import cn.yangguang.kernel.tenancy.application.ResolvedTenant;
import cn.yangguang.kernel.tenancy.application.TenantContext;
import cn.yangguang.web.console.MultipartForm;
import cn.yangguang.web.http.ProblemException;
import cn.yangguang.web.security.Authenticated;
import cn.yangguang.web.security.CallerContext;
import cn.yangguang.web.view.RequestLocale;
import cn.yangguang.web.view.View;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The residents' casework pages on a county's portal: the application form from an item's guide
 * (signed in; materials uploaded with the form), "my applications" with the notices, and the public
 * progress lookup by case number and query code.
 */
@Path("t/{tenant}/cases")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class CasePortalResource {

  private static final int MAX_FORM = 25 * 1024 * 1024;

  @Inject TenantContext tenants;
  @Inject CatalogueQueries catalogue;
  @Inject CaseIntake intake;
  @Inject CaseQueries queries;
  @Inject cn.yangguang.casework.application.CaseDocuments documents;
  @Inject CallerContext caller;
  @Context HttpHeaders headers;
  @Context UriInfo uri;

  /** The lookup form, and the progress when a number and code were given. */
  @GET
  @Path("lookup")
  public Response lookup(
      @QueryParam("number") String number,
      @QueryParam("code") String code,
      @Context HttpServletRequest request) {
    Map<String, Object> model = model();
    int status = 200;
    if (number != null && code != null && number.length() <= 40 && code.length() <= 12) {
      CaseQueries.Lookup r = queries.lookup(t(), number, code, LookupResource.client(request));
      if (r instanceof CaseQueries.Lookup.Found f) {
        model.put("progress", f.progress());
      } else if (r instanceof CaseQueries.Lookup.TooManyAttempts) {
        model.put("failure", "lookup.tooMany");
        status = 429;
      } else {
        model.put("failure", "lookup.notFound");
        status = 404;
      }
      model.put("number", number);
    }
    return page(status, "case-lookup", model);
  }

  /** The application form of an item. */
  @GET
  @Path("apply/{key}")
  @Authenticated
  public Response form(@PathParam("key") String key) {
    ServiceItem item = item(key);
    Map<String, Object> model = model();
    model.put("item", item.fields());
    model.put("idempotencyKey", UUID.randomUUID().toString());
    model.put("csrf", caller.session().map(s -> s.csrfToken()).orElse(""));
    return page(200, "case-apply", model);
  }

  /**
   * Submits the form (multipart: applicant fields and one file per material); shows the case number
   * and query code, or the form again with the reason.
   */
  @POST
  @Path("apply/{key}")
  @Authenticated
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response apply(
      @PathParam("key") String key,
      @HeaderParam("Content-Type") String contentType,
      InputStream body)
      throws IOException {
    ServiceItem item = item(key);
    byte[] bytes = body.readNBytes(MAX_FORM + 1);
    if (bytes.length > MAX_FORM) {
      throw new ProblemException(
          413, "Form too large", "an application's files are at most 25 MB together");
    }
    MultipartForm form;
    try {
      form = MultipartForm.parse(contentType, bytes);
    } catch (MultipartForm.Malformed e) {
      throw new ProblemException(400, "Malformed form", e.getMessage());
    }
    Caller me = caller.caller().orElseThrow();
    Map<String, Object> model = model();
    model.put("item", item.fields());
    model.put("csrf", caller.session().map(s -> s.csrfToken()).orElse(""));
    try {
      List<CaseIntake.MaterialRef> materials = new ArrayList<>();
      int i = 0;
      for (ItemFields.Material m : item.fields().materials()) {
        var f =
            form.part("material-" + i++)
                .filter(p -> p.fileName() != null && p.content().length > 0);
        if (f.isPresent()) {
          var stored =
              intake.upload(
                  t(),
                  f.get().fileName(),
                  new ByteArrayInputStream(f.get().content()),
                  me.username());
          materials.add(new CaseIntake.MaterialRef(m.name(), stored.id()));
        }
      }
      CaseIntake.Submitted s =
          intake.submit(
              t(),
              new CaseIntake.Application(
                  key,
                  Channel.ONLINE,
                  new Applicant(
                      value(form, "kind"),
                      value(form, "name"),
                      value(form, "idNumber"),
                      value(form, "phone")),
                  materials,
                  value(form, "idempotencyKey"),
                  me.username(),
                  me.userId()));
      model.put("submitted", s);
      return page(s.replayed() ? 200 : 201, "case-apply", model);
    } catch (CaseRejectedException | cn.yangguang.api.storage.FileRejectedException e) {
      model.put("error", e.getMessage());
      model.put("idempotencyKey", UUID.randomUUID().toString());
      model.put(
          "typed",
          Map.of(
              "kind", value(form, "kind"),
              "name", value(form, "name"),
              "idNumber", value(form, "idNumber"),
              "phone", value(form, "phone")));
      return page(422, "case-apply", model);
    }
  }

  /** The signed-in resident's applications in this county, and her messages. */
  @GET
  @Path("mine")
  @Authenticated
  public Response mine() {
    Caller me = caller.caller().orElseThrow();
    Map<String, Object> model = model();
    var mine = queries.mine(t(), me.userId());
    model.put("cases", mine.stream().map(CaseViews::summary).toList());
    Map<UUID, List<String>> notices = new HashMap<>();
    for (var c : mine) {
      notices.put(
          c.id(),
          documents.issued(t(), c).stream()
              .map(cn.yangguang.casework.domain.NoticeDocument.Kind::slug)
              .toList());
    }
    model.put("notices", notices);
    model.put("messages", queries.messages(t(), me.userId()));
    return page(200, "case-mine", model);
  }

  private static String value(MultipartForm form, String field) {
    return form.part(field)
        .filter(p -> p.fileName() == null)
        .map(p -> new String(p.content(), java.nio.charset.StandardCharsets.UTF_8).strip())
        .orElse("");
  }

  private ServiceItem item(String key) {
    ServiceItem item =
        catalogue
            .published(t(), key)
            .orElseThrow(() -> ProblemException.notFound("service item " + key));
    if (!item.fields().takesApplications()) {
      throw new ProblemException(404, "Not found", "ex-officio items take no applications");
    }
    return item;
  }

  private Map<String, Object> model() {
    ResolvedTenant t = tenants.require();
    Map<String, Object> model = new HashMap<>();
    model.put("tenant", t);
    model.put("base", "/t/" + t.ref().slug());
    model.put("time", LocalTimes.INSTANCE);
    return model;
  }

  private Response page(int status, String template, Map<String, Object> model) {
    CacheControl noStore = new CacheControl();
    noStore.setNoStore(true);
    noStore.setPrivate(true);
    java.util.Locale locale = RequestLocale.of(headers, uri);
    return Response.status(status)
        .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .entity(
            cn.yangguang.web.view.ViewWriter.render(
                new View(template, model), locale, uri.getPath()))
        .cacheControl(noStore)
        .build();
  }

  private TenantRef t() {
    return tenants.require().ref();
  }
}
