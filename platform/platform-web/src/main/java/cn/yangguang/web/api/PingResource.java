package cn.yangguang.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * A bare endpoint: no tenant, no database, no template. The benchmark's baseline for what the
 * server itself costs per request.
 */
@Path("api/v1/ping")
@ApplicationScoped
public class PingResource {

  /** Always {@code pong}. */
  @GET
  @Produces(MediaType.TEXT_PLAIN)
  public String ping() {
    return "pong";
  }
}
