package cn.yangguang.web.api;

import cn.yangguang.api.storage.FileStore;
import cn.yangguang.api.storage.StoredFile;
import cn.yangguang.kernel.tenancy.application.TenantContext;
import cn.yangguang.web.http.ProblemException;
import cn.yangguang.web.security.OperatorOnly;
import cn.yangguang.web.tenant.TenantTransactional;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Stored files of a county. The body of an upload is the raw content (its type is sniffed, the
 * Content-Type header is not trusted). Until identity arrives these routes are for operators only;
 * casework will expose uploads to applicants through its own routes.
 */
@Path("t/{tenant}/api/v1/files")
@RequestScoped
@TenantTransactional
@OperatorOnly
public class FileResource {

  @Inject TenantContext context;
  @Inject FileStore files;

  /** Stores the request body as a file named {@code name}; 201 with its metadata. */
  @POST
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  public Response upload(
      @PathParam("tenant") String slug,
      @QueryParam("name") @NotBlank @Size(max = 255) String name,
      InputStream body,
      @jakarta.ws.rs.core.Context UriInfo uri) {
    StoredFile stored = files.store(context.require().ref(), name, body);
    return Response.created(uri.getAbsolutePathBuilder().path(stored.id().toString()).build())
        .entity(stored)
        .build();
  }

  /** A file's metadata; 404 when the county has no such file. */
  @GET
  @Path("{fileId}")
  @Produces(MediaType.APPLICATION_JSON)
  public StoredFile metadata(@PathParam("tenant") String slug, @PathParam("fileId") UUID fileId) {
    return files
        .find(context.require().ref(), fileId)
        .orElseThrow(() -> ProblemException.notFound("file"));
  }

  /** A file's content, as an attachment of its sniffed type. */
  @GET
  @Path("{fileId}/content")
  public Response content(@PathParam("tenant") String slug, @PathParam("fileId") UUID fileId) {
    StoredFile file = metadata(slug, fileId);
    byte[] bytes;
    try (InputStream in = files.open(context.require().ref(), fileId)) {
      bytes = in.readAllBytes(); // read inside the transaction; files are size-limited
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Response.ok(bytes, file.contentType())
        .header(
            "Content-Disposition",
            "attachment; filename*=UTF-8''"
                + URLEncoder.encode(file.originalName(), StandardCharsets.UTF_8)
                    .replace("+", "%20"))
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }
}
