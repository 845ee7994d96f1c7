package cn.yangguang.kernel.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The pure rules of the identity domain: standing, oversight scope, session lifetime. */
class IdentityRulesTest {

  private static StaffMember member(boolean active, Set<String> roles) {
    return new StaffMember(
        UUID.randomUUID(), UUID.randomUUID(), "u", "名", null, active, roles, Set.of());
  }

  @Test
  void aMemberActsOnlyWhenActiveAndHoldingARole() {
    assertThat(member(true, Set.of("clerk")).mayAct()).isTrue();
    assertThat(member(true, Set.of()).mayAct()).isFalse();
    assertThat(member(false, Set.of("admin")).mayAct()).isFalse();
  }

  @Test
  void aRouteRoleListAdmitsAnyOneOfItsRoles() {
    StaffMember reviewer = member(true, Set.of("reviewer"));
    assertThat(reviewer.mayActAs(Set.of())).isTrue();
    assertThat(reviewer.mayActAs(Set.of("reviewer", "approver"))).isTrue();
    assertThat(reviewer.mayActAs(Set.of("admin"))).isFalse();
    assertThat(member(false, Set.of("admin")).mayActAs(Set.of("admin"))).isFalse();
  }

  @Test
  void aProvinceGrantCoversItsCountiesAndAPrefectureGrantOnlyItsOwn() {
    OversightGrant hubei =
        new OversightGrant(
            UUID.randomUUID(), "hubei.admin", OversightGrant.Level.PROVINCE, "420000");
    OversightGrant enshi =
        new OversightGrant(
            UUID.randomUUID(), "enshi.admin", OversightGrant.Level.PREFECTURE, "422800");
    assertThat(hubei.covers("420000", "422800")).isTrue();
    assertThat(hubei.covers("410000", "411600")).isFalse();
    assertThat(enshi.covers("420000", "422800")).isTrue();
    assertThat(enshi.covers("420000", "420500")).isFalse();
    // a county directly under a municipality has no prefecture
    assertThat(enshi.covers("500000", null)).isFalse();
    assertThatThrownBy(
            () -> new OversightGrant(UUID.randomUUID(), "x", OversightGrant.Level.PROVINCE, "42"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aSessionSlidesWithUseButNeverPastItsMaximumLife() {
    Instant signIn = Instant.parse("2026-11-23T08:00:00Z");
    BrowserSession s =
        new BrowserSession(
            "h",
            UUID.randomUUID(),
            "u",
            "名",
            Set.of(),
            "csrf",
            null,
            signIn,
            signIn,
            signIn.plus(BrowserSession.IDLE));
    assertThat(s.expiryIfUsedAt(signIn.plusSeconds(600)))
        .isEqualTo(signIn.plusSeconds(600).plus(BrowserSession.IDLE));
    Instant late = signIn.plus(BrowserSession.MAX_LIFE).minusSeconds(60);
    assertThat(s.expiryIfUsedAt(late)).isEqualTo(signIn.plus(BrowserSession.MAX_LIFE));
    assertThat(s.expiredAt(signIn.plus(BrowserSession.IDLE))).isTrue();
    assertThat(s.expiredAt(signIn.plusSeconds(1))).isFalse();
  }

  @Test
  void aPendingSignInGoesStale() {
    Instant start = Instant.parse("2026-11-23T08:00:00Z");
    PendingLogin l = new PendingLogin("s", "v", "n", "http://x/auth/callback", "/", start);
    assertThat(l.staleAt(start.plus(PendingLogin.MAX_AGE))).isFalse();
    assertThat(l.staleAt(start.plus(PendingLogin.MAX_AGE).plusSeconds(1))).isTrue();
  }
}
