package cn.yangguang.web.security;

import cn.yangguang.web.http.ProblemException;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Lets a request to an {@link OperatorOnly} route through only with {@code Authorization: Bearer
 * <yg.operator.token>}. Without a configured token every operator route is closed.
 */
@Provider
@OperatorOnly
@Priority(Priorities.AUTHENTICATION)
public class OperatorTokenFilter implements ContainerRequestFilter {

  /** The actor name recorded for operator actions. */
  public static final String ACTOR = "operator";

  @Inject
  @ConfigProperty(name = "yg.operator.token")
  Optional<String> token;

  @Override
  public void filter(ContainerRequestContext request) {
    String header = request.getHeaderString("Authorization");
    String expected = token.filter(t -> t.length() >= 16).orElse(null);
    if (expected == null || header == null || !header.startsWith("Bearer ")) {
      throw unauthorized();
    }
    byte[] given = header.substring("Bearer ".length()).strip().getBytes(StandardCharsets.UTF_8);
    if (!MessageDigest.isEqual(given, expected.getBytes(StandardCharsets.UTF_8))) {
      throw unauthorized();
    }
  }

  private static ProblemException unauthorized() {
    return new ProblemException(
        401, "Unauthorized", "this route needs the platform operator's bearer token");
  }
}
