package cn.yangguang.disclosure.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DisclosureDocumentTest {

  static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");
  static final Set<String> OFFICER = Set.of("discloser");
  static final Set<String> REVIEWER = Set.of("secrecy");

  static DocumentFields fields() {
    return new DocumentFields(
        "government",
        "jsx-fgj",
        "通知",
        "正文",
        DocumentKind.OTHER,
        null,
        "县政府",
        "GENERAL",
        LocalDate.of(2026, 11, 1));
  }

  static DisclosureDocument draft() {
    return DisclosureDocument.draft(UUID.randomUUID(), "X/2026-00001", fields(), null, "a", NOW);
  }

  @Test
  void aDocumentGoesThroughReviewToPublicationAndWithdrawal() {
    DisclosureDocument d = draft().take(Step.SUBMIT, OFFICER, NOW, null);
    assertThat(d.status()).isEqualTo(DocumentStatus.IN_REVIEW);
    assertThat(d.isPublic()).isFalse();
    d = d.take(Step.APPROVE, REVIEWER, NOW, null);
    assertThat(d.isPublic()).isFalse();
    d = d.take(Step.PUBLISH, OFFICER, NOW, null);
    assertThat(d.isPublic()).isTrue();
    assertThat(d.publishedAt()).isEqualTo(NOW);
    d = d.take(Step.WITHDRAW, OFFICER, NOW.plusSeconds(60), null);
    assertThat(d.isPublic()).isFalse();
    assertThat(d.withdrawnAt()).isEqualTo(NOW.plusSeconds(60));
  }

  @Test
  void eachStepBelongsToItsRole() {
    assertThatThrownBy(() -> draft().take(Step.SUBMIT, REVIEWER, NOW, null))
        .isInstanceOfSatisfying(
            LifecycleRefused.class,
            e -> assertThat(e.reason()).isEqualTo(LifecycleRefused.Reason.NOT_YOUR_ROLE));
    DisclosureDocument inReview = draft().take(Step.SUBMIT, OFFICER, NOW, null);
    assertThatThrownBy(() -> inReview.take(Step.APPROVE, OFFICER, NOW, null))
        .isInstanceOf(LifecycleRefused.class);
  }

  @Test
  void aStepFromTheWrongStatusIsRefusedAndAReturnNeedsANote() {
    assertThatThrownBy(() -> draft().take(Step.PUBLISH, OFFICER, NOW, null))
        .isInstanceOfSatisfying(
            LifecycleRefused.class,
            e -> assertThat(e.reason()).isEqualTo(LifecycleRefused.Reason.WRONG_STATUS));
    DisclosureDocument inReview = draft().take(Step.SUBMIT, OFFICER, NOW, null);
    assertThatThrownBy(() -> inReview.take(Step.RETURN, REVIEWER, NOW, " "))
        .isInstanceOfSatisfying(
            LifecycleRefused.class, e -> assertThat(e.field()).isEqualTo("note"));
    DisclosureDocument back = inReview.take(Step.RETURN, REVIEWER, NOW, "删去电话");
    assertThat(back.status()).isEqualTo(DocumentStatus.DRAFT);
    assertThat(back.reviewNote()).isEqualTo("删去电话");
  }

  @Test
  void onlyAPublishedDocumentInForceIsRepealedAndOnlyByAnotherPublishedOne() {
    Set<String> both = Set.of("discloser", "secrecy");
    DisclosureDocument old =
        draft()
            .take(Step.SUBMIT, both, NOW, null)
            .take(Step.APPROVE, both, NOW, null)
            .take(Step.PUBLISH, both, NOW, null);
    DisclosureDocument later =
        draft()
            .take(Step.SUBMIT, both, NOW, null)
            .take(Step.APPROVE, both, NOW, null)
            .take(Step.PUBLISH, both, NOW, null);
    DisclosureDocument repealed = old.repealedBy(later, OFFICER);
    assertThat(repealed.validity()).isEqualTo(Validity.REPEALED);
    assertThat(repealed.repealedBy()).isEqualTo(later.id());
    assertThat(repealed.isPublic()).isTrue();
    assertThatThrownBy(() -> repealed.repealedBy(later, OFFICER))
        .isInstanceOf(LifecycleRefused.class);
    assertThatThrownBy(() -> old.repealedBy(old, OFFICER)).isInstanceOf(LifecycleRefused.class);
    assertThatThrownBy(() -> old.repealedBy(draft(), OFFICER)).isInstanceOf(LifecycleRefused.class);
  }

  @Test
  void fieldsAreCheckedTogether() {
    DocumentFields bad =
        new DocumentFields(null, " ", "", "x", null, null, "y", "z", LocalDate.of(2027, 1, 1));
    assertThat(bad.problems(LocalDate.of(2026, 11, 20)).stream().map(FieldProblem::field))
        .containsExactlyInAnyOrder("column", "agency", "title", "kind", "formedOn");
  }
}
