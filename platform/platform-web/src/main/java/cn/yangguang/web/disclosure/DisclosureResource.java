package cn.yangguang.web.disclosure;

import cn.yangguang.api.storage.FileRejectedException;
import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.disclosure.application.DisclosureCatalogue;
import cn.yangguang.disclosure.application.DisclosureQueries;
import cn.yangguang.disclosure.application.DocumentSearch;
import cn.yangguang.disclosure.application.DocumentService;
import cn.yangguang.disclosure.domain.DisclosureDocument;
import cn.yangguang.disclosure.domain.DocumentStatus;
import cn.yangguang.disclosure.domain.LifecycleRefused;
import cn.yangguang.disclosure.domain.Step;
import cn.yangguang.kernel.identity.domain.Roles;
import cn.yangguang.kernel.tenancy.application.TenantContext;
import cn.yangguang.web.http.ProblemException;
import cn.yangguang.web.security.CallerContext;
import cn.yangguang.web.security.StaffOnly;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A county's disclosure API. Columns, published documents, funds tables and search are public;
 * writing and the lifecycle are for the county's disclosure officers and confidentiality reviewers,
 * each step checked against the role that owns it.
 */
@Path("t/{tenant}/api/v1/disclosure")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DisclosureResource {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Inject TenantContext tenants;
  @Inject CallerContext caller;
  @Inject DisclosureCatalogue catalogue;
  @Inject DisclosureQueries queries;
  @Inject DocumentService service;
  @Inject FundsDownloads downloads;

  /** The column tree. */
  @GET
  @Path("columns")
  public List<DisclosureViews.ColumnView> columns() {
    return DisclosureViews.view(catalogue.columns(tenant()).roots());
  }

  /**
   * Customises one of the county's columns, for county admins: renames, moves or hides a template
   * column, or adds one; 422 naming the fields at fault.
   */
  @PUT
  @Path("columns/{code}")
  @StaffOnly({Roles.ADMIN})
  @Consumes(MediaType.APPLICATION_JSON)
  public List<DisclosureViews.ColumnView> customise(
      @PathParam("code") String code, DisclosureViews.ColumnChange body) {
    if (body == null) {
      throw ProblemException.badField("body", "a JSON column is required");
    }
    try {
      return DisclosureViews.view(
          catalogue.customise(tenant(), body.column(code), caller.actor()).roots());
    } catch (DocumentService.Invalid e) {
      throw DisclosureViews.invalid(e.problems());
    }
  }

  /** Sets the county's index-number rule, for county admins; 422 when it could repeat a number. */
  @PUT
  @Path("settings/index-rule")
  @StaffOnly({Roles.ADMIN})
  @Consumes(MediaType.APPLICATION_JSON)
  public java.util.Map<String, String> indexRule(DisclosureViews.IndexRule body) {
    if (body == null || body.indexRule() == null) {
      throw ProblemException.badField("indexRule", "a rule such as {body}/{year}-{seq:5}");
    }
    try {
      service.setIndexRule(tenant(), body.indexRule().strip(), caller.actor());
    } catch (DocumentService.Invalid e) {
      throw DisclosureViews.invalid(e.problems());
    }
    return java.util.Map.of("indexRule", body.indexRule().strip());
  }

  /** Published documents, newest first; {@code column} includes its sub-columns. */
  @GET
  @Path("documents")
  public List<DisclosureViews.DocumentView> published(
      @QueryParam("column") String column, @QueryParam("agency") String agency) {
    TenantRef t = tenant();
    List<DisclosureDocument> docs =
        column != null
            ? queries.inColumn(t, catalogue.columns(t), column)
            : agency != null ? queries.ofAgency(t, agency) : queries.allPublished(t);
    return docs.stream()
        .filter(d -> agency == null || agency.equals(d.fields().agencyCode()))
        .limit(DisclosureQueries.MAX_LISTING)
        .map(DisclosureViews::view)
        .toList();
  }

  /** A published document; 404 for any other. */
  @GET
  @Path("documents/{id}")
  public DisclosureViews.DocumentView document(@PathParam("id") String id) {
    return queries
        .published(tenant(), uuid(id))
        .map(p -> DisclosureViews.view(p.document()))
        .orElseThrow(() -> ProblemException.notFound("document"));
  }

  /** Writes a new draft (201); 422 with every problem, nothing stored. */
  @POST
  @Path("documents")
  @StaffOnly({Roles.DISCLOSER})
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(DisclosureViews.NewDocument body) {
    if (body == null) {
      throw ProblemException.badField("body", "a JSON document is required");
    }
    try {
      DisclosureDocument d = service.create(tenant(), body.fields(), caller.actor(), roles());
      return Response.status(201).entity(DisclosureViews.view(d)).build();
    } catch (DocumentService.Invalid e) {
      throw DisclosureViews.invalid(e.problems());
    } catch (LifecycleRefused e) {
      throw DisclosureViews.refusal(e);
    }
  }

  /**
   * Takes a step: {@code submit}, {@code approve}, {@code return} (with a note), {@code publish},
   * {@code withdraw}, or {@code repeal} (with {@code repealedBy}).
   */
  @POST
  @Path("documents/{id}/{step}")
  @StaffOnly({Roles.DISCLOSER, Roles.SECRECY})
  @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
  public DisclosureViews.DocumentView step(
      @PathParam("id") String id,
      @PathParam("step") String step,
      DisclosureViews.StepRequest body) {
    UUID doc = uuid(id);
    DisclosureViews.StepRequest details =
        body == null ? new DisclosureViews.StepRequest(null, null) : body;
    try {
      if ("repeal".equals(step)) {
        if (details.repealedBy() == null) {
          throw ProblemException.badField("repealedBy", "the repealing document's id");
        }
        return DisclosureViews.view(
            service.repeal(tenant(), doc, details.repealedBy(), caller.actor(), roles()));
      }
      Step s = Step.named(step).orElseThrow(() -> ProblemException.notFound("step " + step));
      return DisclosureViews.view(
          service.take(tenant(), doc, s, details.note(), caller.actor(), roles()));
    } catch (LifecycleRefused e) {
      throw DisclosureViews.refusal(e);
    }
  }

  /** Attaches a file to a draft (the raw body; {@code name} is its file name). */
  @POST
  @Path("documents/{id}/attachments")
  @StaffOnly({Roles.DISCLOSER})
  @Consumes(MediaType.WILDCARD)
  public DisclosureViews.DocumentView attach(
      @PathParam("id") String id,
      @QueryParam("name") @Size(min = 1, max = 200) String name,
      InputStream body) {
    if (name == null || name.isBlank()) {
      throw ProblemException.badField("name", "the file's name");
    }
    try {
      return DisclosureViews.view(
          service.attach(tenant(), uuid(id), name.strip(), body, caller.actor(), roles()));
    } catch (FileRejectedException e) {
      throw new ProblemException(422, "File rejected", e.getMessage());
    } catch (LifecycleRefused e) {
      throw DisclosureViews.refusal(e);
    }
  }

  /** Adds a funds table to a draft (201 with its id); 422 naming each line at fault. */
  @POST
  @Path("documents/{id}/funds")
  @StaffOnly({Roles.DISCLOSER})
  @Consumes(MediaType.APPLICATION_JSON)
  public Response addFunds(@PathParam("id") String id, DisclosureViews.NewFunds body) {
    if (body == null) {
      throw ProblemException.badField("body", "a JSON funds table is required");
    }
    try {
      UUID table = service.addFunds(tenant(), uuid(id), body.table(), caller.actor(), roles());
      return Response.status(201).entity(java.util.Map.of("id", table.toString())).build();
    } catch (DocumentService.Invalid e) {
      throw DisclosureViews.invalid(e.problems());
    } catch (LifecycleRefused e) {
      throw DisclosureViews.refusal(e);
    }
  }

  /** A published funds table: JSON, or {@code format=csv} / {@code xlsx} to download. */
  @GET
  @Path("funds/{id}")
  @Produces({MediaType.APPLICATION_JSON, "text/csv", XLSX})
  public Response funds(@PathParam("id") String id, @QueryParam("format") String format) {
    return downloads.answer(tenant(), uuid(id), format);
  }

  /**
   * Published documents and service items matching {@code q}; filters column (with sub-columns),
   * agency, year (formed) and validity apply to documents.
   */
  @GET
  @Path("search")
  public DisclosureViews.SearchView search(
      @QueryParam("q") @Size(max = 100) String q,
      @QueryParam("column") String column,
      @QueryParam("agency") String agency,
      @QueryParam("year") Integer year,
      @QueryParam("validity") String validity,
      @QueryParam("limit") @DefaultValue("50") int limit) {
    if (q == null || q.isBlank()) {
      throw ProblemException.badField("q", "what to search for");
    }
    TenantRef t = tenant();
    DocumentSearch.Query query =
        DisclosureSearchForm.query(q, column, agency, year, validity, catalogue.columns(t));
    return DisclosureViews.view(
        q.strip(), queries.search(t, query, Math.max(1, Math.min(limit, 200))));
  }

  /**
   * The staff's work list: documents in {@code status} (default: everything not yet published) with
   * their proactive-disclosure clocks.
   */
  @GET
  @Path("work")
  @StaffOnly({Roles.DISCLOSER, Roles.SECRECY})
  public List<DisclosureViews.WorkView> work(@QueryParam("status") List<String> status) {
    Set<DocumentStatus> statuses =
        status == null || status.isEmpty()
            ? EnumSet.of(DocumentStatus.DRAFT, DocumentStatus.IN_REVIEW, DocumentStatus.APPROVED)
            : DisclosureSearchForm.statuses(status);
    return queries.work(tenant(), statuses).stream().map(DisclosureViews::view).toList();
  }

  private TenantRef tenant() {
    return tenants.require().ref();
  }

  private Set<String> roles() {
    return caller.requireStaff().roles();
  }

  static UUID uuid(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw ProblemException.notFound("document");
    }
  }
}
