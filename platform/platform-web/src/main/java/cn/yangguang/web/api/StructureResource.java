package cn.yangguang.web.api;

import cn.yangguang.kernel.tenancy.application.TenantContext;
import cn.yangguang.kernel.tenancy.domain.Department;
import cn.yangguang.kernel.tenancy.domain.DepartmentRepository;
import cn.yangguang.kernel.tenancy.domain.TenantStructure;
import cn.yangguang.kernel.tenancy.domain.TenantStructureRepository;
import cn.yangguang.web.http.ProblemException;
import cn.yangguang.web.tenant.TenantTransactional;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;

/** A county's structure as JSON: departments and posts, townships and villages, service points. */
@Path("t/{tenant}/api/v1")
@RequestScoped
@TenantTransactional
@Produces(MediaType.APPLICATION_JSON)
public class StructureResource {

  @Inject TenantContext context;
  @Inject TenantStructureRepository structures;
  @Inject DepartmentRepository departments;

  /** The whole structure, read fresh from the database. */
  @GET
  @Path("structure")
  public TenantStructure structure(@PathParam("tenant") String slug) {
    return structures.load(context.require().ref().id());
  }

  /** One department; 404 when the county has no department with this id. */
  @GET
  @Path("departments/{departmentId}")
  public DepartmentDto department(
      @PathParam("tenant") String slug, @PathParam("departmentId") UUID departmentId) {
    Department d =
        departments.find(departmentId).orElseThrow(() -> ProblemException.notFound("department"));
    return new DepartmentDto(
        d.id(), d.code(), d.nameZh(), d.nameEn(), d.kind(), d.creditCode(), d.active());
  }

  /** A department as the API shows it. */
  public record DepartmentDto(
      UUID id,
      String code,
      String nameZh,
      String nameEn,
      String kind,
      String creditCode,
      boolean active) {}
}
