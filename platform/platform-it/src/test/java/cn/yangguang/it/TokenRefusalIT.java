package cn.yangguang.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tokens the real Keycloak issued that the platform must still refuse: one that has expired, and
 * one from another realm of the same Keycloak (wrong issuer, other keys).
 */
@ExtendWith(TestStack.class)
@Order(48)
class TokenRefusalIT {

  @Test
  void anExpiredTokenIsRefused() throws Exception {
    JsonObject realm = RealmAdmin.realm();
    int lifespan = realm.getInt("accessTokenLifespan");
    String token;
    try {
      RealmAdmin.updateRealm(Json.createObjectBuilder().add("accessTokenLifespan", 1).build());
      token = Tokens.grant("resident2", Tokens.DEMO_PASSWORD).getString("access_token");
    } finally {
      RealmAdmin.updateRealm(
          Json.createObjectBuilder().add("accessTokenLifespan", lifespan).build());
    }
    long exp = Tokens.claims(token).getJsonNumber("exp").longValue();
    assertThat(TestStack.http().bearer(token).get("/api/v1/me").status()).isEqualTo(200);
    // past its expiry and the 10 s of tolerated clock skew
    while (Instant.now().getEpochSecond() <= exp + 11) {
      Thread.sleep(500);
    }
    Http.Reply expired = TestStack.http().bearer(token).get("/api/v1/me");
    assertThat(expired.status()).isEqualTo(401);
    assertThat(expired.json().getString("detail")).contains("expired");
  }

  @Test
  void aTokenOfAnotherRealmIsRefused() throws Exception {
    String form =
        "grant_type=password&client_id=admin-cli&username=admin&password="
            + URLEncoder.encode(TestStack.get().keycloak().adminPassword(), StandardCharsets.UTF_8);
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            TestStack.get().keycloakUrl()
                                + "/realms/master/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    String master;
    try (var reader = Json.createReader(new StringReader(r.body()))) {
      master = reader.readObject().getString("access_token");
    }
    assertThat(Tokens.claims(master).getString("iss")).endsWith("/realms/master");
    Http.Reply refused = TestStack.http().bearer(master).get("/api/v1/me");
    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.header("WWW-Authenticate")).contains("invalid_token");
    assertThat(TestStack.http().bearer(master).get("/api/v1/platform/tenants").status())
        .isEqualTo(401);
  }
}
