package cn.yangguang.kernel.identity.infrastructure;

import cn.yangguang.kernel.identity.application.IdentityProvider;
import cn.yangguang.kernel.identity.application.IdentityProviderException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link IdentityProvider} over Keycloak's admin REST API, signed in as the confidential platform
 * client (client-credentials grant; the token is reused until shortly before it expires).
 */
@ApplicationScoped
public class KeycloakAdminClient implements IdentityProvider {

  private static final String JSON = "application/json";

  @Inject KeycloakSettings settings;

  private final KeycloakHttp http = new KeycloakHttp();
  private volatile String token;
  private volatile Instant tokenExpires = Instant.EPOCH;

  @Override
  public String ensureOrganization(String alias, String name) {
    Optional<String> existing = findOrganization(alias);
    if (existing.isPresent()) {
      rename(existing.get(), name);
      return existing.get();
    }
    JsonObject body =
        Json.createObjectBuilder()
            .add("name", name)
            .add("alias", alias)
            .add("enabled", true)
            .add("description", "阳光政务 tenant " + alias)
            .add("domains", Json.createArrayBuilder())
            .build();
    KeycloakHttp.Reply r = admin("POST", "/organizations", body.toString());
    if (r.status() == 409) {
      // the name is taken by another county of the same name: keep them apart by the alias
      body = Json.createObjectBuilder(body).add("name", name + " (" + alias + ")").build();
      r = admin("POST", "/organizations", body.toString());
    }
    expect(r, "create organization " + alias);
    return findOrganization(alias)
        .orElseThrow(() -> new IdentityProviderException("organization " + alias + " not found"));
  }

  @Override
  public Optional<String> findOrganization(String alias) {
    // q=alias:<alias> matches the alias exactly (search= would match names and domains)
    KeycloakHttp.Reply r =
        admin("GET", "/organizations?briefRepresentation=true&q=" + enc("alias:" + alias));
    expect(r, "find organization " + alias);
    return byAlias(r, alias);
  }

  @Override
  public Optional<UUID> findUser(String username) {
    KeycloakHttp.Reply r =
        admin("GET", "/users?exact=true&briefRepresentation=true&username=" + enc(username));
    expect(r, "find user " + username);
    return r.structure().asJsonArray().getValuesAs(JsonObject.class).stream()
        .filter(u -> username.equalsIgnoreCase(u.getString("username", "")))
        .map(u -> UUID.fromString(u.getString("id")))
        .findFirst();
  }

  @Override
  public UUID createUser(String username, String displayName, String password, boolean temporary) {
    int split = displayName.offsetByCodePoints(0, 1);
    // Chinese names put the family name first; Keycloak's profile wants both parts and an e-mail,
    // which staff accounts created by an admin may not have yet (.example never delivers)
    JsonObjectBuilder user =
        Json.createObjectBuilder()
            .add("username", username)
            .add("enabled", true)
            .add("lastName", displayName.substring(0, split))
            .add("firstName", split < displayName.length() ? displayName.substring(split) : "-")
            .add("email", username + "@yangguang.example")
            .add("emailVerified", true)
            .add("attributes", Json.createObjectBuilder().add("displayName", displayName));
    if (password != null) {
      user.add("credentials", Json.createArrayBuilder().add(credential(password, temporary)));
    }
    KeycloakHttp.Reply r = admin("POST", "/users", user.build().toString());
    if (r.status() == 409) {
      throw new IdentityProviderException("user name " + username + " is taken in Keycloak");
    }
    expect(r, "create user " + username);
    return findUser(username)
        .orElseThrow(() -> new IdentityProviderException("user " + username + " not found"));
  }

  @Override
  public void setPassword(UUID userId, String password, boolean temporary) {
    expect(
        admin(
            "PUT",
            "/users/" + userId + "/reset-password",
            credential(password, temporary).toString()),
        "set password");
  }

  @Override
  public void ensureMember(String organizationId, UUID userId) {
    KeycloakHttp.Reply r =
        admin(
            "POST",
            "/organizations/" + organizationId + "/members",
            Json.createValue(userId.toString()).toString());
    if (r.status() != 409) {
      expect(r, "add member");
    }
  }

  @Override
  public void removeMember(String organizationId, UUID userId) {
    KeycloakHttp.Reply r =
        admin("DELETE", "/organizations/" + organizationId + "/members/" + userId, null);
    if (r.status() != 404) {
      expect(r, "remove member");
    }
  }

  private void rename(String id, String name) {
    KeycloakHttp.Reply r = admin("GET", "/organizations/" + id, null);
    expect(r, "read organization");
    JsonObject org = r.json();
    if (org.getString("name", "").startsWith(name)) {
      return;
    }
    JsonObject renamed = Json.createObjectBuilder(org).add("name", name).build();
    expect(admin("PUT", "/organizations/" + id, renamed.toString()), "rename organization");
  }

  private static Optional<String> byAlias(KeycloakHttp.Reply r, String alias) {
    return r.structure().asJsonArray().getValuesAs(JsonObject.class).stream()
        .filter(o -> alias.equals(o.getString("alias", null)))
        .map(o -> o.getString("id"))
        .findFirst();
  }

  private static JsonObject credential(String password, boolean temporary) {
    return Json.createObjectBuilder()
        .add("type", "password")
        .add("value", password)
        .add("temporary", temporary)
        .build();
  }

  private KeycloakHttp.Reply admin(String method, String path, String body) {
    String bearer = serviceToken();
    KeycloakHttp.Reply r =
        http.send(method, settings.adminUrl() + path, bearer, body == null ? null : JSON, body);
    if (r.status() == 401) {
      tokenExpires = Instant.EPOCH;
      r =
          http.send(
              method, settings.adminUrl() + path, serviceToken(), body == null ? null : JSON, body);
    }
    return r;
  }

  private KeycloakHttp.Reply admin(String method, String path) {
    return admin(method, path, null);
  }

  private synchronized String serviceToken() {
    if (token != null && Instant.now().isBefore(tokenExpires)) {
      return token;
    }
    KeycloakHttp.Reply r =
        http.postForm(
            settings.realmUrl() + "/protocol/openid-connect/token",
            Map.of(
                "grant_type", "client_credentials",
                "client_id", settings.platformClient(),
                "client_secret", settings.platformSecret()));
    expect(r, "sign in as " + settings.platformClient());
    JsonObject t = r.json();
    token = t.getString("access_token");
    tokenExpires = Instant.now().plusSeconds(Math.max(10, t.getInt("expires_in", 60) - 30));
    return token;
  }

  private static void expect(KeycloakHttp.Reply r, String what) {
    if (!r.ok()) {
      throw new IdentityProviderException(
          "Keycloak refused to " + what + ": " + r.status() + " " + abbreviate(r.body()));
    }
  }

  private static String abbreviate(String body) {
    return body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "..." : body;
  }

  private static String enc(String v) {
    return KeycloakHttp.encode(v);
  }
}
