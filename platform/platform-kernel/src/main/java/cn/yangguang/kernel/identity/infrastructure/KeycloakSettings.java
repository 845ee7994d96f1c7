package cn.yangguang.kernel.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the realm is and how the platform signs in to it. {@code yg.keycloak.url} is the base URL
 * the server uses; {@code yg.keycloak.public.url} the one browsers use (the same unless Keycloak
 * sits behind another name), which is also the issuer's base since Keycloak runs with a fixed
 * hostname.
 */
@ApplicationScoped
public class KeycloakSettings {

  @Inject
  @ConfigProperty(name = "yg.keycloak.url", defaultValue = "http://localhost:8180")
  String url;

  @Inject
  @ConfigProperty(name = "yg.keycloak.public.url")
  Optional<String> publicUrl;

  @Inject
  @ConfigProperty(name = "yg.keycloak.realm", defaultValue = "yangguang")
  String realm;

  @Inject
  @ConfigProperty(name = "yg.keycloak.web.client", defaultValue = "yangguang-web")
  String webClient;

  @Inject
  @ConfigProperty(name = "yg.keycloak.platform.client", defaultValue = "yangguang-platform")
  String platformClient;

  @Inject
  @ConfigProperty(name = "yg.keycloak.platform.secret")
  Optional<String> platformSecret;

  /** The realm's base URL for server-to-server calls. */
  public String realmUrl() {
    return strip(url) + "/realms/" + realm;
  }

  /** The realm's base URL as browsers see it. */
  public String publicRealmUrl() {
    return strip(publicUrl.filter(u -> !u.isBlank()).orElse(url)) + "/realms/" + realm;
  }

  /** The admin REST API of the realm. */
  public String adminUrl() {
    return strip(url) + "/admin/realms/" + realm;
  }

  /** The issuer every token must name. */
  public String issuer() {
    return publicRealmUrl();
  }

  /** The public client of the portal and console. */
  public String webClient() {
    return webClient;
  }

  /** The confidential client the platform uses for the admin API. */
  public String platformClient() {
    return platformClient;
  }

  /** Its secret. */
  public String platformSecret() {
    return platformSecret.orElseThrow(
        () -> new IllegalStateException("yg.keycloak.platform.secret is not configured"));
  }

  private static String strip(String u) {
    return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
  }
}
