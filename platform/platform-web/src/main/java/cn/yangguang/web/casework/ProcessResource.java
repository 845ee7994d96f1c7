package cn.yangguang.web.casework;

import cn.yangguang.casework.application.ProcessBindings;
import cn.yangguang.casework.domain.ProcessBinding;
import cn.yangguang.casework.domain.ProcessTemplate;
import cn.yangguang.kernel.tenancy.application.TenantContext;
import cn.yangguang.web.http.ProblemException;
import cn.yangguang.web.security.CallerContext;
import cn.yangguang.web.security.StaffOnly;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * How a county's items run (流程固化): bindings of items to templates and posts, and the county's own
 * BPMN definitions, accepted only through the whitelist validator. For the county's admins.
 */
@Path("t/{tenant}/api/v1/processes")
@RequestScoped
@StaffOnly({"admin"})
@Produces(MediaType.APPLICATION_JSON)
public class ProcessResource {

  private static final int MAX_BPMN = 512 * 1024;

  @Inject TenantContext tenants;
  @Inject ProcessBindings bindings;
  @Inject CallerContext caller;

  /** A binding as set. */
  public record BindingRequest(
      @NotBlank String template,
      @NotBlank @Size(max = 60) String acceptPost,
      @Size(max = 60) String reviewPost,
      @Size(max = 60) String approvePost,
      @Size(max = 20) List<@NotBlank String> branchPosts,
      @Size(max = 100) String definitionKey) {}

  @GET
  public List<ProcessBinding> list() {
    return bindings.list(tenants.require().ref());
  }

  @PUT
  @Path("{itemKey}")
  @Consumes(MediaType.APPLICATION_JSON)
  public ProcessBinding bind(
      @PathParam("itemKey") String itemKey, @NotNull @Valid BindingRequest r) {
    ProcessTemplate template;
    try {
      template = ProcessTemplate.valueOf(r.template());
    } catch (IllegalArgumentException e) {
      throw ProblemException.badField(
          "template", "must be INSTANT, PROMISE, JOINT, REFERRAL or CUSTOM");
    }
    return bindings.bind(
        tenants.require().ref(),
        new ProcessBinding(
            itemKey,
            template,
            r.acceptPost(),
            r.reviewPost(),
            r.approvePost(),
            r.branchPosts(),
            r.definitionKey()),
        caller.actor());
  }

  /** Uploads a county BPMN; 422 names every refused element. */
  @POST
  @Path("definitions/{key}")
  @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML})
  public Response upload(@PathParam("key") String key, InputStream body) throws IOException {
    byte[] bytes = body.readNBytes(MAX_BPMN + 1);
    if (bytes.length > MAX_BPMN) {
      throw new ProblemException(
          413, "Definition too large", "a BPMN definition is at most 512 KB");
    }
    int version =
        bindings.upload(
            tenants.require().ref(),
            key,
            new String(bytes, StandardCharsets.UTF_8),
            caller.actor());
    return Response.status(201).entity(Map.of("key", key, "version", version)).build();
  }
}
