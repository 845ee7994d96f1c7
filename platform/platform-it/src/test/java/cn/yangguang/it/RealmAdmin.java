package cn.yangguang.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Reads and changes the test stack's realm through Keycloak's admin REST API, signed in as the
 * platform's own client: what tests need to check that onboarding reached Keycloak.
 */
public final class RealmAdmin {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private RealmAdmin() {}

  /** The organizations whose alias is exactly {@code alias} (0 or 1 of them). */
  public static JsonArray organizationsWithAlias(String alias) {
    JsonArray all = (JsonArray) get("/organizations?briefRepresentation=true&max=1000");
    return all.stream()
        .map(JsonObject.class::cast)
        .filter(o -> alias.equals(o.getString("alias", null)))
        .collect(Json::createArrayBuilder, (b, o) -> b.add(o), (a, b) -> {})
        .build();
  }

  /** The organizations a user is a member of. */
  public static JsonArray organizationsOf(String userId) {
    return (JsonArray) get("/organizations/members/" + userId + "/organizations");
  }

  /** Gives a user a known, permanent password (e.g. a new county's initial admin). */
  public static void setPassword(String username, String password) {
    JsonArray users = (JsonArray) get("/users?exact=true&username=" + username);
    String id = users.getJsonObject(0).getString("id");
    send(
        "PUT",
        "/users/" + id + "/reset-password",
        Json.createObjectBuilder()
            .add("type", "password")
            .add("value", password)
            .add("temporary", false)
            .build()
            .toString());
  }

  /** The realm representation. */
  public static JsonObject realm() {
    return (JsonObject) send("GET", "", null);
  }

  /** Updates the realm with a partial representation (e.g. a token lifespan). */
  public static void updateRealm(JsonObject partial) {
    send("PUT", "", partial.toString());
  }

  private static JsonStructure get(String path) {
    return send("GET", path, null);
  }

  private static JsonStructure send(String method, String path, String body) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(
                URI.create(TestStack.get().keycloakUrl() + "/admin/realms/yangguang" + path))
            .header("Authorization", "Bearer " + serviceToken())
            .timeout(Duration.ofSeconds(30));
    if (body != null) {
      b.header("Content-Type", "application/json");
    }
    b.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    HttpResponse<String> r = call(b.build());
    if (r.statusCode() >= 300) {
      throw new AssertionError(method + " " + path + ": " + r.statusCode() + " " + r.body());
    }
    if (r.body().isBlank()) {
      return null;
    }
    try (var reader = Json.createReader(new StringReader(r.body()))) {
      return reader.read();
    }
  }

  private static String serviceToken() {
    String form =
        "grant_type=client_credentials&client_id=yangguang-platform&client_secret="
            + URLEncoder.encode(TestStack.get().keycloakPlatformSecret(), StandardCharsets.UTF_8);
    HttpResponse<String> r =
        call(
            HttpRequest.newBuilder(
                    URI.create(
                        TestStack.get().keycloakUrl()
                            + "/realms/yangguang/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    if (r.statusCode() != 200) {
      throw new AssertionError(
          "platform client sign-in failed: " + r.statusCode() + " " + r.body());
    }
    try (var reader = Json.createReader(new StringReader(r.body()))) {
      return reader.readObject().getString("access_token");
    }
  }

  private static HttpResponse<String> call(HttpRequest request) {
    try {
      return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
