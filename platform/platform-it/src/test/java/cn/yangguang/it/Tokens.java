package cn.yangguang.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
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
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Access tokens from the test stack's real Keycloak, by the password grant of the local realm's
 * public client (allowed in the local realm only), for the demo accounts or users a test created.
 * Cached per user until shortly before they expire.
 */
public final class Tokens {

  /** The password of every demo account (tenants/demo-accounts.yaml). */
  public static final String DEMO_PASSWORD = "Demo@2026";

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final Map<String, Cached> CACHE = new ConcurrentHashMap<>();

  private record Cached(String token, Instant until) {}

  private Tokens() {}

  /** A fresh-enough access token of a demo account. */
  public static String of(String username) {
    return of(username, DEMO_PASSWORD);
  }

  /** A fresh-enough access token of any user. */
  public static String of(String username, String password) {
    Cached c = CACHE.get(username);
    if (c != null && Instant.now().isBefore(c.until())) {
      return c.token();
    }
    JsonObject t = grant(username, password);
    String token = t.getString("access_token");
    CACHE.put(username, new Cached(token, Instant.now().plusSeconds(t.getInt("expires_in") - 60)));
    return token;
  }

  /** A new token, bypassing the cache (e.g. after a membership changed). */
  public static String fresh(String username) {
    CACHE.remove(username);
    return of(username);
  }

  /** The raw token response of a password grant; fails the test on any error. */
  public static JsonObject grant(String username, String password) {
    String form =
        "grant_type=password&client_id=yangguang-web&scope=openid&username="
            + URLEncoder.encode(username, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8);
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(
                    TestStack.get().keycloakUrl()
                        + "/realms/yangguang/protocol/openid-connect/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .timeout(Duration.ofSeconds(30))
            .build();
    try {
      HttpResponse<String> r = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 200) {
        throw new AssertionError(
            "no token for " + username + ": " + r.statusCode() + " " + r.body());
      }
      try (var reader = Json.createReader(new StringReader(r.body()))) {
        return reader.readObject();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The claims of a token (decoded, not verified: for assertions about what Keycloak issued). */
  public static JsonObject claims(String token) {
    String payload = token.split("\\.")[1];
    String json = new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8);
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }
}
