package cn.yangguang.web.api;

import cn.yangguang.kernel.codelist.CodeListEntry;
import cn.yangguang.kernel.codelist.CodeListReader;
import cn.yangguang.kernel.tenancy.application.TenantContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** A code list as the county sees it: national entries, its province's, and its own. */
@Path("t/{tenant}/api/v1/code-lists/{list}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CodeListResource {

  @Inject TenantContext context;
  @Inject CodeListReader reader;

  /** The entries of one list. */
  @GET
  public List<CodeListEntry> entries(
      @PathParam("tenant") String slug,
      @PathParam("list") @Pattern(regexp = "[a-z0-9-]{2,60}") String list) {
    return reader.entries(context.require().ref(), list);
  }
}
