package cn.yangguang.kernel.identity.infrastructure;

import cn.yangguang.kernel.identity.application.IdentityProviderUnavailableException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The few HTTP exchanges with Keycloak, on one shared JDK client with short timeouts: a Keycloak
 * that does not answer within seconds is reported as unavailable rather than holding a request
 * thread. Thread-safe.
 */
final class KeycloakHttp {

  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final HttpClient client =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(3))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  /** A response: status, body and the Location header (for 201 Created). */
  record Reply(int status, String body, String location) {
    JsonObject json() {
      return (JsonObject) parse(body);
    }

    JsonStructure structure() {
      return parse(body);
    }

    boolean ok() {
      return status >= 200 && status < 300;
    }
  }

  Reply send(String method, String uri, String bearer, String contentType, String body) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(uri)).timeout(TIMEOUT);
    if (bearer != null) {
      b.header("Authorization", "Bearer " + bearer);
    }
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    b.header("Accept", "application/json");
    b.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    HttpResponse<String> r;
    try {
      r = client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IdentityProviderUnavailableException(
          "Keycloak is not reachable at " + URI.create(uri).resolve("/") + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IdentityProviderUnavailableException("interrupted while calling Keycloak", e);
    }
    if (r.statusCode() >= 500) {
      throw new IdentityProviderUnavailableException(
          "Keycloak answered " + r.statusCode() + " to " + method + " " + uri, null);
    }
    return new Reply(r.statusCode(), r.body(), r.headers().firstValue("Location").orElse(null));
  }

  Reply postForm(String uri, Map<String, String> form) {
    return send("POST", uri, null, "application/x-www-form-urlencoded", form(form));
  }

  static String form(Map<String, String> form) {
    return form.entrySet().stream()
        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
        .collect(Collectors.joining("&"));
  }

  static String encode(String v) {
    return URLEncoder.encode(v, StandardCharsets.UTF_8);
  }

  private static JsonStructure parse(String body) {
    try (var reader = Json.createReader(new StringReader(body))) {
      return reader.read();
    }
  }
}
