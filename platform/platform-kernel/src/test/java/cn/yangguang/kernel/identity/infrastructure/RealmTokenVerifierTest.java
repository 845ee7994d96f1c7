package cn.yangguang.kernel.identity.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yangguang.kernel.identity.application.Caller;
import cn.yangguang.kernel.identity.application.InvalidTokenException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every way a bearer token is refused, each with its reason; and what an accepted one yields. */
class RealmTokenVerifierTest {

  private static final String ISSUER = "http://localhost:8180/realms/yangguang";
  private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
  private static RSAKey realmKey;
  private static RSAKey otherKey;
  private static RealmTokenVerifier verifier;

  @BeforeAll
  static void keys() throws Exception {
    realmKey = new RSAKeyGenerator(2048).keyID("realm").generate();
    otherKey = new RSAKeyGenerator(2048).keyID("realm").generate();
    verifier =
        new RealmTokenVerifier(
            ISSUER,
            "yangguang-web",
            new ImmutableJWKSet<SecurityContext>(new JWKSet(realmKey.toPublicJWK())),
            Clock.fixed(NOW, ZoneOffset.UTC));
  }

  private static JWTClaimsSet.Builder valid() {
    return new JWTClaimsSet.Builder()
        .issuer(ISSUER)
        .subject(UUID.randomUUID().toString())
        .issueTime(Date.from(NOW.minusSeconds(60)))
        .expirationTime(Date.from(NOW.plusSeconds(240)))
        .claim("typ", "Bearer")
        .claim("azp", "yangguang-web")
        .claim("preferred_username", "jianshi.clerk")
        .claim("name", "张伟")
        .claim("organization", List.of("jianshi"));
  }

  private static String sign(JWTClaimsSet claims, RSAKey key) throws Exception {
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256)
                .type(JOSEObjectType.JWT)
                .keyID(key.getKeyID())
                .build(),
            claims);
    jwt.sign(new RSASSASigner(key));
    return jwt.serialize();
  }

  @Test
  void aValidAccessTokenYieldsTheCallerWithHerOrganizations() throws Exception {
    Caller c = verifier.verify(sign(valid().build(), realmKey));
    assertThat(c.username()).isEqualTo("jianshi.clerk");
    assertThat(c.displayName()).isEqualTo("张伟");
    assertThat(c.memberOf("jianshi")).isTrue();
    assertThat(c.memberOf("shenqiu")).isFalse();
  }

  @Test
  void organizationsMayComeAsAnObjectKeyedByAlias() throws Exception {
    String token =
        sign(
            valid().claim("organization", Map.of("jianshi", Map.of(), "kaizhou", Map.of())).build(),
            realmKey);
    assertThat(verifier.verify(token).organizations())
        .containsExactlyInAnyOrder("jianshi", "kaizhou");
  }

  @Test
  void aResidentHasNoOrganization() throws Exception {
    String token = sign(valid().claim("organization", null).build(), realmKey);
    assertThat(verifier.verify(token).organizations()).isEmpty();
  }

  @Test
  void aTokenSignedByAnotherKeyIsForged() throws Exception {
    assertRefused(sign(valid().build(), otherKey), "signature");
  }

  @Test
  void anUnsignedTokenIsRefused() {
    assertRefused(new PlainJWT(valid().build()).serialize(), "signature");
  }

  @Test
  void anExpiredTokenIsRefusedBeyondTheSkew() throws Exception {
    String token =
        sign(
            valid()
                .expirationTime(Date.from(NOW.minus(RealmTokenVerifier.SKEW).minusSeconds(1)))
                .build(),
            realmKey);
    assertRefused(token, "expired");
    String withinSkew =
        sign(valid().expirationTime(Date.from(NOW.minusSeconds(1))).build(), realmKey);
    assertThat(verifier.verify(withinSkew).username()).isEqualTo("jianshi.clerk");
  }

  @Test
  void aTokenNotYetValidIsRefused() throws Exception {
    assertRefused(
        sign(valid().notBeforeTime(Date.from(NOW.plusSeconds(600))).build(), realmKey),
        "not valid before");
  }

  @Test
  void anotherIssuerIsRefused() throws Exception {
    assertRefused(
        sign(valid().issuer("http://localhost:8180/realms/master").build(), realmKey),
        "wrong issuer");
  }

  @Test
  void anotherClientsTokenIsRefused() throws Exception {
    assertRefused(sign(valid().claim("azp", "admin-cli").build(), realmKey), "another client");
  }

  @Test
  void anIdTokenIsNotAnAccessToken() throws Exception {
    assertRefused(sign(valid().claim("typ", "ID").build(), realmKey), "not an access token");
  }

  @Test
  void anIdTokenNeedsTheSignInsNonce() throws Exception {
    String id =
        sign(
            valid().claim("typ", "ID").audience("yangguang-web").claim("nonce", "n-1").build(),
            realmKey);
    assertThat(verifier.verifyIdToken(id, "n-1").username()).isEqualTo("jianshi.clerk");
    assertThatThrownBy(() -> verifier.verifyIdToken(id, "n-2"))
        .isInstanceOf(InvalidTokenException.class)
        .hasMessageContaining("nonce");
  }

  @Test
  void garbageIsNotAJwt() {
    assertRefused("not-a-token", "not a JWT");
    assertRefused("a.b.c", "malformed");
  }

  private static void assertRefused(String token, String reason) {
    assertThatThrownBy(() -> verifier.verify(token))
        .isInstanceOf(InvalidTokenException.class)
        .hasMessageContaining(reason);
  }
}
