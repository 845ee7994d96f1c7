package cn.yangguang.casework.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DecisionExtensionTest {

  @Test
  void tenWorkingDaysAndFifteenForJointHandling() {
    assertThat(DecisionExtension.days(ProcessTemplate.PROMISE)).isEqualTo(10);
    assertThat(DecisionExtension.days(ProcessTemplate.REFERRAL)).isEqualTo(10);
    assertThat(DecisionExtension.days(ProcessTemplate.JOINT)).isEqualTo(15);
  }

  @Test
  void onlyAnAcceptedUndecidedCaseInItsPeriodOnce() {
    CaseFile c = CaseFileTest.received();
    assertThatThrownBy(() -> DecisionExtension.requireAllowed(c, false, false))
        .isInstanceOf(CaseRejectedException.class)
        .hasMessageContaining("RECEIVED");
    c.accept(CaseFileTest.LATER, false);
    assertThatThrownBy(() -> DecisionExtension.requireAllowed(c, false, false))
        .as("decided on the spot: no decision clock")
        .hasMessageContaining("on the spot");
    c.clocks(null, UUID.randomUUID());
    DecisionExtension.requireAllowed(c, false, false);
    assertThatThrownBy(() -> DecisionExtension.requireAllowed(c, true, false))
        .hasMessageContaining("once");
    assertThatThrownBy(() -> DecisionExtension.requireAllowed(c, false, true))
        .hasMessageContaining("ended");
    c.decide(CaseFileTest.LATER, true, null);
    assertThatThrownBy(() -> DecisionExtension.requireAllowed(c, false, false))
        .isInstanceOf(CaseRejectedException.class);
  }

  @Test
  void theNoticesIssuedFollowTheCase() {
    CaseFile c = CaseFileTest.received();
    assertThat(NoticeDocument.Kind.issuedFor(c, List.of())).isEmpty();
    c.requestSupplement("补盖章页", false);
    c.supplemented(CaseFileTest.LATER);
    c.accept(CaseFileTest.LATER, false);
    CaseEvent extended =
        new CaseEvent(0, CaseFileTest.LATER, "extended", CaseStatus.ACCEPTED, "head", "核查");
    assertThat(NoticeDocument.Kind.issuedFor(c, List.of(extended)))
        .containsExactly(
            NoticeDocument.Kind.SUPPLEMENT,
            NoticeDocument.Kind.ACCEPTANCE,
            NoticeDocument.Kind.EXTENSION);
    c.decide(CaseFileTest.LATER, false, "不符合条件");
    assertThat(NoticeDocument.Kind.issuedFor(c, List.of()))
        .endsWith(NoticeDocument.Kind.DECISION)
        .doesNotContain(NoticeDocument.Kind.EXTENSION);
    assertThat(NoticeDocument.Kind.EXTENSION.slug()).isEqualTo("extension");
  }
}
