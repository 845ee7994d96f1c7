package cn.yangguang.launcher;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The calls the platform makes to Keycloak, written plainly for the realm test: the admin REST API
 * with the {@code yangguang-platform} service account, the password grant and the browser's code
 * flow with PKCE for {@code yangguang-web}.
 */
final class RealmClient {

  private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"");

  private final HttpClient http = HttpClient.newHttpClient();
  private final String base;
  private final String platformSecret;

  RealmClient(String base, String platformSecret) {
    this.base = base;
    this.platformSecret = platformSecret;
  }

  /** POST /admin/realms/yangguang/organizations; returns the new organization's id. */
  String createOrganization(String alias, String name) throws Exception {
    String body =
        Json.createObjectBuilder()
            .add("name", name)
            .add("alias", alias)
            .add("redirectUrl", "http://localhost:8080/t/" + alias + "/")
            .build()
            .toString();
    return idFromLocation(admin("POST", "/organizations", body), 201);
  }

  /** GET /admin/realms/yangguang/organizations?q=alias:{alias}: the exact alias, or null. */
  String findOrganizationId(String alias) throws Exception {
    HttpResponse<String> r = admin("GET", "/organizations?q=" + encode("alias:" + alias), null);
    JsonArray found = Json.createReader(new StringReader(r.body())).readArray();
    return found.isEmpty() ? null : found.getJsonObject(0).getString("id");
  }

  /** POST /admin/realms/yangguang/users, then PUT .../reset-password; returns the user id. */
  String createUser(String username, String password) throws Exception {
    String body =
        Json.createObjectBuilder()
            .add("username", username)
            .add("enabled", true)
            .add("firstName", "伟")
            .add("lastName", "张")
            .add("email", username + "@demo.yangguang.invalid")
            .add("emailVerified", true)
            .build()
            .toString();
    String id = idFromLocation(admin("POST", "/users", body), 201);
    String credential =
        Json.createObjectBuilder()
            .add("type", "password")
            .add("value", password)
            .add("temporary", false)
            .build()
            .toString();
    expect(admin("PUT", "/users/" + id + "/reset-password", credential), 204);
    return id;
  }

  /** GET /admin/realms/yangguang/users?username=..&exact=true: the user id, or null. */
  String findUserId(String username) throws Exception {
    HttpResponse<String> r = admin("GET", "/users?exact=true&username=" + encode(username), null);
    JsonArray found = Json.createReader(new StringReader(r.body())).readArray();
    return found.isEmpty() ? null : found.getJsonObject(0).getString("id");
  }

  /** POST /admin/realms/yangguang/organizations/{id}/members with the user id as a JSON string. */
  void addMember(String organizationId, String userId) throws Exception {
    expect(
        admin("POST", "/organizations/" + organizationId + "/members", "\"" + userId + "\""), 201);
  }

  /** The token answer of the password grant for yangguang-web. */
  JsonObject passwordGrant(String username, String password, String scope) throws Exception {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "password");
    form.put("client_id", KeycloakServer.WEB_CLIENT);
    form.put("username", username);
    form.put("password", password);
    form.put("scope", scope);
    return json(expect(post(tokenUrl(), form, null), 200));
  }

  /**
   * The browser's login: authorization request with PKCE (S256), the login pages (user name first,
   * then password: organizations make the login identity-first), the code exchanged for tokens.
   */
  JsonObject codeFlow(String username, String password, String redirectUri) throws Exception {
    byte[] random = new byte[32];
    new SecureRandom().nextBytes(random);
    String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    String challenge =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                MessageDigest.getInstance("SHA-256")
                    .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
    Map<String, String> cookies = new LinkedHashMap<>();
    HttpResponse<String> r =
        get(
            realmUrl()
                + "/protocol/openid-connect/auth?client_id="
                + KeycloakServer.WEB_CLIENT
                + "&response_type=code&scope=openid&state=s&redirect_uri="
                + encode(redirectUri)
                + "&code_challenge="
                + challenge
                + "&code_challenge_method=S256",
            cookies);
    for (int step = 0; step < 6; step++) {
      String location = r.headers().firstValue("Location").orElse(null);
      if (location != null && location.startsWith(redirectUri)) {
        String code = location.replaceAll(".*[?&]code=([^&]+).*", "$1");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("client_id", KeycloakServer.WEB_CLIENT);
        form.put("code", code);
        form.put("redirect_uri", redirectUri);
        form.put("code_verifier", verifier);
        return json(expect(post(tokenUrl(), form, null), 200));
      }
      if (location != null) {
        r = get(location, cookies);
        continue;
      }
      Matcher action = FORM_ACTION.matcher(r.body());
      if (!action.find()) {
        throw new AssertionError("no login form (HTTP " + r.statusCode() + "): " + r.body());
      }
      Map<String, String> form = new LinkedHashMap<>();
      if (r.body().contains("name=\"username\"")) {
        form.put("username", username);
      }
      if (r.body().contains("name=\"password\"")) {
        form.put("password", password);
      }
      r = post(action.group(1).replace("&amp;", "&"), form, cookies);
    }
    throw new AssertionError("the login did not come back to " + redirectUri);
  }

  /** The authorization request without PKCE: the redirect Keycloak answers with. */
  String authorizeWithoutPkce(String redirectUri) throws Exception {
    HttpResponse<String> r =
        get(
            realmUrl()
                + "/protocol/openid-connect/auth?client_id="
                + KeycloakServer.WEB_CLIENT
                + "&response_type=code&scope=openid&state=s&redirect_uri="
                + encode(redirectUri),
            new LinkedHashMap<>());
    return r.headers().firstValue("Location").orElse("HTTP " + r.statusCode());
  }

  /** The claims of a JWT (no signature check: the test reads what Keycloak put in). */
  static JsonObject claims(String jwt) {
    String payload = jwt.split("\\.")[1];
    String decoded = new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8);
    return Json.createReader(new StringReader(decoded)).readObject();
  }

  private String platformToken() throws Exception {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "client_credentials");
    form.put("client_id", KeycloakServer.PLATFORM_CLIENT);
    form.put("client_secret", platformSecret);
    return json(expect(post(tokenUrl(), form, null), 200)).getString("access_token");
  }

  private HttpResponse<String> admin(String method, String path, String json) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + "/admin/realms/" + KeycloakServer.REALM + path))
            .header("Authorization", "Bearer " + platformToken());
    if (json == null) {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      b.header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(json));
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String url, Map<String, String> cookies)
      throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).GET();
    return send(b, cookies);
  }

  private HttpResponse<String> post(
      String url, Map<String, String> form, Map<String, String> cookies)
      throws IOException, InterruptedException {
    String body =
        form.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    return send(b, cookies);
  }

  /**
   * Sends with the cookies of a browser session ({@code null}: none). Cookies by hand: Keycloak
   * marks its login cookies Secure even on plain-HTTP localhost, which browsers accept for
   * localhost but Java's cookie manager would not send back.
   */
  private HttpResponse<String> send(HttpRequest.Builder b, Map<String, String> cookies)
      throws IOException, InterruptedException {
    if (cookies != null && !cookies.isEmpty()) {
      b.header(
          "Cookie",
          cookies.entrySet().stream()
              .map(e -> e.getKey() + "=" + e.getValue())
              .collect(Collectors.joining("; ")));
    }
    HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    if (cookies != null) {
      for (String c : r.headers().allValues("Set-Cookie")) {
        String pair = c.split(";", 2)[0];
        int eq = pair.indexOf('=');
        cookies.put(pair.substring(0, eq), pair.substring(eq + 1));
      }
    }
    return r;
  }

  private String realmUrl() {
    return base + "/realms/" + KeycloakServer.REALM;
  }

  private String tokenUrl() {
    return realmUrl() + "/protocol/openid-connect/token";
  }

  private static String idFromLocation(HttpResponse<String> r, int status) {
    expect(r, status);
    String location = r.headers().firstValue("Location").orElseThrow();
    return location.substring(location.lastIndexOf('/') + 1);
  }

  private static HttpResponse<String> expect(HttpResponse<String> r, int status) {
    if (r.statusCode() != status) {
      throw new AssertionError(
          r.request().method()
              + " "
              + r.request().uri()
              + " -> "
              + r.statusCode()
              + ": "
              + r.body());
    }
    return r;
  }

  private static JsonObject json(HttpResponse<String> r) {
    return Json.createReader(new StringReader(r.body())).readObject();
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
