package cn.yangguang.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yangguang.kernel.identity.application.Caller;
import cn.yangguang.kernel.identity.domain.BrowserSession;
import cn.yangguang.web.http.ProblemException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The token check, in particular for a multipart upload (token in the action's query). */
class CsrfFilterTest {

  private static final String TOKEN = "s3cret-token";

  private static CsrfFilter filter() {
    CallerContext context = new CallerContext();
    Instant now = Instant.now();
    context.authenticate(
        new Caller(UUID.randomUUID(), "wang", "王", Set.of("jianshi")),
        new BrowserSession(
            "h",
            UUID.randomUUID(),
            "wang",
            "王",
            Set.of("jianshi"),
            TOKEN,
            null,
            now,
            now,
            now.plusSeconds(600)));
    CsrfFilter f = new CsrfFilter();
    f.context = context;
    return f;
  }

  private static ContainerRequestContext request(String type, String query, String body) {
    MultivaluedMap<String, String> params = new MultivaluedHashMap<>();
    if (query != null) {
      params.add(CsrfFilter.FIELD, query);
    }
    UriInfo uri =
        (UriInfo)
            Proxy.newProxyInstance(
                UriInfo.class.getClassLoader(),
                new Class<?>[] {UriInfo.class},
                (p, m, a) -> m.getName().equals("getQueryParameters") ? params : null);
    InputStream[] entity = {new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))};
    return (ContainerRequestContext)
        Proxy.newProxyInstance(
            ContainerRequestContext.class.getClassLoader(),
            new Class<?>[] {ContainerRequestContext.class},
            (p, m, a) ->
                switch (m.getName()) {
                  case "getMethod" -> "POST";
                  case "getHeaderString" -> null;
                  case "getMediaType" -> type == null ? null : MediaType.valueOf(type);
                  case "getUriInfo" -> uri;
                  case "getEntityStream" -> entity[0];
                  case "setEntityStream" -> {
                    entity[0] = (InputStream) a[0];
                    yield null;
                  }
                  default -> null;
                });
  }

  @Test
  void aMultipartUploadCarriesTheTokenInTheQuery() {
    String multipart = "multipart/form-data; boundary=x";
    assertThatCode(() -> filter().filter(request(multipart, TOKEN, "--x--")))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> filter().filter(request(multipart, null, "--x--")))
        .isInstanceOf(ProblemException.class)
        .satisfies(e -> assertThat(((ProblemException) e).status()).isEqualTo(403));
    assertThatThrownBy(() -> filter().filter(request(multipart, "wrong", "--x--")))
        .isInstanceOf(ProblemException.class);
  }

  @Test
  void otherBodiesDoNotAcceptTheQuery() {
    assertThatThrownBy(() -> filter().filter(request("application/json", TOKEN, "{}")))
        .isInstanceOf(ProblemException.class);
    assertThatThrownBy(
            () -> filter().filter(request(MediaType.APPLICATION_FORM_URLENCODED, TOKEN, "a=b")))
        .isInstanceOf(ProblemException.class);
    assertThatCode(
            () ->
                filter()
                    .filter(request(MediaType.APPLICATION_FORM_URLENCODED, null, "_csrf=" + TOKEN)))
        .doesNotThrowAnyException();
  }
}
