package cn.yangguang.web.security;

import cn.yangguang.kernel.identity.domain.BrowserSession;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.Set;

/**
 * CSRF protection for cookie-authenticated requests: every state-changing request that rides on a
 * browser session must carry the session's token, in the {@code _csrf} field of a form or the
 * {@code X-CSRF-Token} header (synchronizer-token pattern; SameSite=Lax cookies are the second
 * line). A {@code multipart/form-data} upload, whose body this filter does not parse, carries it in
 * the {@code _csrf} query parameter of the form's action instead. Bearer-token requests are not
 * exposed to CSRF and are not checked. A refusal is 403 and nothing runs.
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 50)
public class CsrfFilter implements ContainerRequestFilter {

  /** The form field carrying the token. */
  public static final String FIELD = "_csrf";

  /** The header carrying the token (scripts). */
  public static final String HEADER = "X-CSRF-Token";

  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
  private static final int MAX_FORM = 1 << 20;

  @Inject CallerContext context;

  @Override
  public void filter(ContainerRequestContext request) {
    Optional<BrowserSession> session = context.session();
    if (session.isEmpty() || SAFE.contains(request.getMethod())) {
      return;
    }
    String given = request.getHeaderString(HEADER);
    if (given == null && isForm(request.getMediaType())) {
      given = formField(request);
    }
    if (given == null && isMultipart(request.getMediaType())) {
      // A file upload: its body is not parsed here (it may be megabytes, and only the resource
      // knows
      // its limit), so the form carries the token in its action's query instead.
      given = request.getUriInfo().getQueryParameters().getFirst(FIELD);
    }
    String expected = session.get().csrfToken();
    if (given == null
        || !MessageDigest.isEqual(
            given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8))) {
      throw Refusals.forbidden(
          "the form is missing its security token or it has expired: reload the page and retry");
    }
  }

  private static boolean isMultipart(MediaType type) {
    return type != null && type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE);
  }

  private static boolean isForm(MediaType type) {
    return type != null && type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE);
  }

  /** Reads the token from the form and puts the body back for the resource. */
  private static String formField(ContainerRequestContext request) {
    byte[] body;
    try {
      body = request.getEntityStream().readNBytes(MAX_FORM);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    request.setEntityStream(new ByteArrayInputStream(body));
    for (String pair : new String(body, StandardCharsets.UTF_8).split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0
          && URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8).equals(FIELD)) {
        return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      }
    }
    return null;
  }
}
