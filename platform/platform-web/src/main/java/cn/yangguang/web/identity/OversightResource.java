package cn.yangguang.web.identity;

import cn.yangguang.kernel.identity.application.Caller;
import cn.yangguang.kernel.identity.application.OversightAccess;
import cn.yangguang.web.security.Authenticated;
import cn.yangguang.web.security.CallerContext;
import cn.yangguang.web.security.Refusals;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The counties of a province or prefecture with their status, for the admins who oversee them and
 * platform operators. Province admins see their province and every prefecture in it; a prefecture
 * admin sees her prefecture only. The listings themselves come from {@link CallerCounties}.
 */
@Path("api/v1")
@RequestScoped
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class OversightResource {

  @Inject CallerContext context;
  @Inject OversightAccess oversight;
  @Inject CallerCounties counties;

  /** The counties of a province: 200 for its admins and operators, 403 for anyone else. */
  @GET
  @Path("provinces/{code}/tenants")
  public CallerCounties.Counties province(
      @PathParam("code") @Pattern(regexp = "\\d{2}0000") String code) {
    Caller c = context.caller().orElseThrow();
    if (!oversight.overseesProvince(c, code)) {
      throw Refusals.forbidden(c.username() + " does not oversee province " + code);
    }
    return counties.province(code);
  }

  /** The counties of a prefecture: 200 for its admins, its province's admins and operators. */
  @GET
  @Path("prefectures/{code}/tenants")
  public CallerCounties.Counties prefecture(
      @PathParam("code") @Pattern(regexp = "\\d{6}") String code) {
    Caller c = context.caller().orElseThrow();
    String province = code.substring(0, 2) + "0000";
    if (!oversight.overseesPrefecture(c, code, province)) {
      throw Refusals.forbidden(c.username() + " does not oversee prefecture " + code);
    }
    return counties.prefecture(code);
  }
}
