package cn.yangguang.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The realm file {@code deploy/keycloak/yangguang-realm.json} on a real Keycloak, started the way
 * the launcher starts it. Pins what the platform relies on: a member of two counties gets both
 * counties' aliases in the {@code organization} claim of a plain {@code scope=openid} token, by the
 * password grant and by the code flow; PKCE is required; the admin REST calls of the platform
 * client work; Keycloak stops and starts again on the same data.
 */
class KeycloakServerTest {

  private static final String SECRET = "test-platform-secret";
  private static final String PASSWORD = "Demo@2026";
  private static final String WEB = "http://localhost:18080";

  private static KeycloakServer keycloak;
  private static RealmClient realm;

  @BeforeAll
  static void start() throws Exception {
    Path data = Path.of("target/keycloak-test").toAbsolutePath();
    // Keycloak imports the realm file only into an empty database: start from one.
    Folders.deleteRecursively(
        data.resolve("keycloak/keycloak-" + KeycloakDistribution.version() + "/data/h2"));
    keycloak =
        KeycloakServer.create(
            KeycloakDistribution.locate(Path.of("target/runtime"), Optional.empty()),
            data,
            0,
            Map.of("YG_WEB_BASE_URL", WEB, "YG_KEYCLOAK_PLATFORM_SECRET", SECRET));
    keycloak.start();
    realm = new RealmClient(keycloak.baseUrl(), SECRET);
  }

  @AfterAll
  static void stop() {
    if (keycloak != null) {
      keycloak.close();
    }
  }

  @Test
  void aMemberOfTwoCountiesHasBothInThePasswordGrantToken() throws Exception {
    String a = unique("jianshi");
    String b = unique("hubei");
    String user = twoCountyMember(a, b);

    JsonObject token = realm.passwordGrant(user, PASSWORD, "openid");
    JsonObject claims = RealmClient.claims(token.getString("access_token"));

    assertThat(aliases(claims)).containsExactlyInAnyOrder(a, b);
    assertThat(aliases(RealmClient.claims(token.getString("id_token"))))
        .containsExactlyInAnyOrder(a, b);
    assertThat(claims.getString("iss")).isEqualTo(keycloak.issuer());
    assertThat(claims.getString("azp")).isEqualTo(KeycloakServer.WEB_CLIENT);
    assertThat(claims.getString("preferred_username")).isEqualTo(user);
  }

  @Test
  void theCodeFlowWithPkceCarriesTheSameClaim() throws Exception {
    String a = unique("kaizhou");
    String b = unique("shenqiu");
    String user = twoCountyMember(a, b);

    JsonObject token = realm.codeFlow(user, PASSWORD, WEB + "/t/" + a + "/callback");

    assertThat(aliases(RealmClient.claims(token.getString("access_token"))))
        .containsExactlyInAnyOrder(a, b);
  }

  @Test
  void aCodeRequestWithoutPkceIsRefused() throws Exception {
    assertThat(realm.authorizeWithoutPkce(WEB + "/t/jianshi/callback"))
        .startsWith(WEB + "/t/jianshi/callback")
        .contains("error=invalid_request")
        .contains("code_challenge_method");
  }

  @Test
  void aUserInNoCountyHasNoOrganizationClaim() throws Exception {
    String user = unique("resident");
    realm.createUser(user, PASSWORD);
    JsonObject claims =
        RealmClient.claims(realm.passwordGrant(user, PASSWORD, "openid").getString("access_token"));
    assertThat(claims.containsKey("organization")).isFalse();
  }

  @Test
  void thePlatformFindsOrganizationsByAliasAndUsersByName() throws Exception {
    String alias = unique("pingchang");
    String id = realm.createOrganization(alias, "平昌县 " + alias);
    String user = unique("clerk");
    String userId = realm.createUser(user, PASSWORD);

    assertThat(realm.findOrganizationId(alias)).isEqualTo(id);
    assertThat(realm.findOrganizationId(alias + "x")).isNull();
    assertThat(realm.findUserId(user)).isEqualTo(userId);
    assertThat(realm.findUserId(user + "x")).isNull();
  }

  @Test
  void keycloakStopsAndStartsAgainOnTheSameData() throws Exception {
    String a = unique("restart");
    String user = unique("survivor");
    realm.addMember(realm.createOrganization(a, a), realm.createUser(user, PASSWORD));

    keycloak.stop();
    assertThat(keycloak.isRunning()).isFalse();
    HttpClient http = HttpClient.newHttpClient();
    HttpRequest discovery =
        HttpRequest.newBuilder(URI.create(keycloak.issuer() + "/.well-known/openid-configuration"))
            .build();
    assertThatThrownBy(() -> http.send(discovery, HttpResponse.BodyHandlers.discarding()))
        .isInstanceOf(ConnectException.class);

    keycloak.start();
    JsonObject claims =
        RealmClient.claims(realm.passwordGrant(user, PASSWORD, "openid").getString("access_token"));
    assertThat(aliases(claims)).containsExactly(a);
  }

  private static String twoCountyMember(String a, String b) throws Exception {
    String user = unique("two.counties");
    String userId = realm.createUser(user, PASSWORD);
    realm.addMember(realm.createOrganization(a, "县 " + a), userId);
    realm.addMember(realm.createOrganization(b, "县 " + b), userId);
    return user;
  }

  /** The claim is a JSON array of organization aliases. */
  private static List<String> aliases(JsonObject claims) {
    return claims.getJsonArray("organization").getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .toList();
  }

  private static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }
}
