package cn.yangguang.kernel.identity.infrastructure;

import cn.yangguang.kernel.identity.application.AccessTokenVerifier;
import cn.yangguang.kernel.identity.application.Caller;
import cn.yangguang.kernel.identity.application.IdentityProviderUnavailableException;
import cn.yangguang.kernel.identity.application.InvalidTokenException;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.jwk.source.RateLimitReachedException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.MalformedURLException;
import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Verifies the realm's JWTs with Nimbus JOSE+JWT: RS256 signature against the realm's JWKS (cached,
 * refetched for an unknown key id), then our own claim checks so that every refusal has a clear
 * reason.
 */
@ApplicationScoped
public class RealmTokenVerifier implements AccessTokenVerifier {

  /** Clock skew tolerated between Keycloak and us. */
  static final Duration SKEW = Duration.ofSeconds(10);

  @Inject KeycloakSettings settings;

  // Tokens are issued on real time: judged by the system clock, never the (dev-adjustable)
  // platform clock that drives statutory deadlines.
  private final Clock clock;
  private volatile DefaultJWTProcessor<SecurityContext> processor;
  private String issuer;
  private String webClient;

  /** For CDI: settings come from configuration. */
  public RealmTokenVerifier() {
    this.clock = Clock.systemUTC();
  }

  /** For tests: a fixed issuer, client, key source and clock. */
  RealmTokenVerifier(
      String issuer, String webClient, JWKSource<SecurityContext> keys, Clock clock) {
    this.issuer = issuer;
    this.webClient = webClient;
    this.clock = clock;
    this.processor = processor(keys);
  }

  private String issuer() {
    return issuer != null ? issuer : settings.issuer();
  }

  private String webClient() {
    return webClient != null ? webClient : settings.webClient();
  }

  @Override
  public Caller verify(String token) {
    JWTClaimsSet claims = verified(token);
    if (!"Bearer".equals(claim(claims, "typ"))) {
      throw new InvalidTokenException("not an access token (typ " + claim(claims, "typ") + ")");
    }
    if (!webClient().equals(claim(claims, "azp"))) {
      throw new InvalidTokenException("token issued to another client: " + claim(claims, "azp"));
    }
    return caller(claims);
  }

  /** Verifies an ID token from the code flow: audience is the web client and the nonce matches. */
  public Caller verifyIdToken(String token, String nonce) {
    JWTClaimsSet claims = verified(token);
    if (!"ID".equals(claim(claims, "typ"))
        || claims.getAudience() == null
        || !claims.getAudience().contains(webClient())) {
      throw new InvalidTokenException("not an ID token for " + webClient());
    }
    if (nonce == null || !nonce.equals(claim(claims, "nonce"))) {
      throw new InvalidTokenException("the ID token's nonce does not match the sign-in");
    }
    return caller(claims);
  }

  private JWTClaimsSet verified(String token) {
    if (token == null || token.chars().filter(c -> c == '.').count() != 2) {
      throw new InvalidTokenException("not a JWT");
    }
    JWTClaimsSet claims;
    try {
      claims = processor().process(token, null);
    } catch (RateLimitReachedException e) {
      // the keys were just refetched for another unknown key id: this one is not the realm's
      throw new InvalidTokenException("signed by a key the realm does not publish");
    } catch (KeySourceException e) {
      throw new IdentityProviderUnavailableException(
          "the realm's signing keys cannot be fetched: " + e.getMessage(), e);
    } catch (ParseException e) {
      throw new InvalidTokenException("malformed JWT: " + e.getMessage());
    } catch (BadJOSEException | JOSEException e) {
      throw new InvalidTokenException(
          "signature not valid for the realm's keys: " + e.getMessage());
    }
    if (!issuer().equals(claims.getIssuer())) {
      throw new InvalidTokenException("wrong issuer: " + claims.getIssuer());
    }
    Instant now = clock.instant();
    Date exp = claims.getExpirationTime();
    if (exp == null || !now.isBefore(exp.toInstant().plus(SKEW))) {
      throw new InvalidTokenException(
          "token expired" + (exp == null ? "" : " at " + exp.toInstant()));
    }
    Date nbf = claims.getNotBeforeTime();
    if (nbf != null && now.plus(SKEW).isBefore(nbf.toInstant())) {
      throw new InvalidTokenException("token not valid before " + nbf.toInstant());
    }
    if (claims.getSubject() == null) {
      throw new InvalidTokenException("token names no subject");
    }
    return claims;
  }

  private static Caller caller(JWTClaimsSet claims) {
    UUID userId;
    try {
      userId = UUID.fromString(claims.getSubject());
    } catch (IllegalArgumentException e) {
      throw new InvalidTokenException("subject is not a user id");
    }
    String username = claim(claims, "preferred_username");
    if (username == null) {
      throw new InvalidTokenException("token carries no preferred_username (profile scope)");
    }
    return new Caller(userId, username, claim(claims, "name"), organizations(claims));
  }

  /**
   * The organization claim: a list of aliases, or an object keyed by alias when the mapper adds
   * attributes or ids. Absent when the user belongs to none (residents).
   */
  static Set<String> organizations(JWTClaimsSet claims) {
    Object value = claims.getClaim("organization");
    Set<String> aliases = new LinkedHashSet<>();
    if (value instanceof List<?> list) {
      list.forEach(v -> aliases.add(String.valueOf(v)));
    } else if (value instanceof Map<?, ?> map) {
      map.keySet().forEach(k -> aliases.add(String.valueOf(k)));
    } else if (value instanceof String s) {
      aliases.add(s);
    }
    return aliases;
  }

  private static String claim(JWTClaimsSet claims, String name) {
    Object v = claims.getClaim(name);
    return v == null ? null : v.toString();
  }

  private DefaultJWTProcessor<SecurityContext> processor() {
    DefaultJWTProcessor<SecurityContext> p = processor;
    if (p == null) {
      synchronized (this) {
        if (processor == null) {
          processor = newProcessor();
        }
        p = processor;
      }
    }
    return p;
  }

  private DefaultJWTProcessor<SecurityContext> newProcessor() {
    JWKSource<SecurityContext> keys;
    try {
      keys =
          JWKSourceBuilder.create(
                  URI.create(settings.realmUrl() + "/protocol/openid-connect/certs").toURL())
              .retrying(true)
              .build();
    } catch (MalformedURLException e) {
      throw new IllegalStateException("bad Keycloak URL: " + settings.realmUrl(), e);
    }
    return processor(keys);
  }

  private static DefaultJWTProcessor<SecurityContext> processor(JWKSource<SecurityContext> keys) {
    DefaultJWTProcessor<SecurityContext> p = new DefaultJWTProcessor<>();
    p.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
    // issuer, lifetime and the rest are checked by verified(), each refusal with its reason
    p.setJWTClaimsSetVerifier((claims, context) -> {});
    return p;
  }
}
