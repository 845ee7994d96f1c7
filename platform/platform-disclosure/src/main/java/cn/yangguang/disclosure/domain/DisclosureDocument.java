package cn.yangguang.disclosure.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * One document as stored: its fields, index number, lifecycle status and validity. Immutable; each
 * change returns the changed copy, which the application stores with its audit entry.
 *
 * @param clockId the proactive-disclosure clock (20 working days from formation), or null
 * @param version optimistic-locking counter
 */
public record DisclosureDocument(
    UUID id,
    String indexNumber,
    DocumentFields fields,
    DocumentStatus status,
    Validity validity,
    UUID repealedBy,
    Instant publishedAt,
    Instant withdrawnAt,
    String reviewNote,
    UUID clockId,
    String createdBy,
    Instant createdAt,
    int version,
    List<Attachment> attachments) {

  public DisclosureDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(fields, "fields");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(validity, "validity");
    attachments = List.copyOf(attachments);
  }

  /** A new draft. */
  public static DisclosureDocument draft(
      UUID id,
      String indexNumber,
      DocumentFields fields,
      UUID clockId,
      String createdBy,
      Instant now) {
    return new DisclosureDocument(
        id,
        indexNumber,
        fields,
        DocumentStatus.DRAFT,
        Validity.IN_FORCE,
        null,
        null,
        null,
        null,
        clockId,
        createdBy,
        now,
        0,
        List.of());
  }

  /** Whether the public may see it. */
  public boolean isPublic() {
    return status == DocumentStatus.PUBLISHED;
  }

  /**
   * Takes a step.
   *
   * @param roles the caller's role slugs in the county
   * @param note the reviewer's note (required when returning a document), else ignored
   * @throws LifecycleRefused when the caller lacks the step's role or the document is elsewhere
   */
  public DisclosureDocument take(Step step, Set<String> roles, Instant now, String note) {
    if (!roles.contains(step.role())) {
      throw new LifecycleRefused(
          LifecycleRefused.Reason.NOT_YOUR_ROLE,
          step.slug() + " is the " + step.role() + "'s step");
    }
    if (status != step.from()) {
      throw new LifecycleRefused(
          LifecycleRefused.Reason.WRONG_STATUS,
          "document "
              + indexNumber
              + " is "
              + status
              + "; "
              + step.slug()
              + " needs "
              + step.from());
    }
    String newNote = reviewNote;
    if (step == Step.RETURN) {
      if (note == null || note.isBlank()) {
        throw new LifecycleRefused(
            LifecycleRefused.Reason.INVALID, "note", "say why the document goes back");
      }
      if (note.length() > 500) {
        throw new LifecycleRefused(
            LifecycleRefused.Reason.INVALID, "note", "at most 500 characters");
      }
      newNote = note.strip();
    } else if (step == Step.APPROVE) {
      newNote = null;
    }
    Instant published = step == Step.PUBLISH ? now : publishedAt;
    Instant withdrawn = step == Step.WITHDRAW ? now : withdrawnAt;
    return with(step.to(), validity, repealedBy, published, withdrawn, newNote, attachments);
  }

  /**
   * Marks a published document repealed by a later published one (the earlier stays public, marked
   * 已废止, with a link to its successor).
   */
  public DisclosureDocument repealedBy(DisclosureDocument later, Set<String> roles) {
    if (!roles.contains(Step.PUBLISH.role())) {
      throw new LifecycleRefused(
          LifecycleRefused.Reason.NOT_YOUR_ROLE, "repealing is the discloser's step");
    }
    if (status != DocumentStatus.PUBLISHED || validity != Validity.IN_FORCE) {
      throw new LifecycleRefused(
          LifecycleRefused.Reason.WRONG_STATUS,
          "only a published document in force can be repealed; "
              + indexNumber
              + " is "
              + status
              + ", "
              + validity);
    }
    if (later.id().equals(id) || !later.isPublic()) {
      throw new LifecycleRefused(
          LifecycleRefused.Reason.INVALID,
          "repealedBy",
          "the repealing document must be another published document");
    }
    return with(
        status, Validity.REPEALED, later.id(), publishedAt, withdrawnAt, reviewNote, attachments);
  }

  /** The same document with one more attachment (a draft only: review covers attachments too). */
  public DisclosureDocument attach(Attachment attachment) {
    if (status != DocumentStatus.DRAFT) {
      throw new LifecycleRefused(
          LifecycleRefused.Reason.WRONG_STATUS, "attachments are added to drafts only");
    }
    List<Attachment> more = new java.util.ArrayList<>(attachments);
    more.add(attachment);
    return with(status, validity, repealedBy, publishedAt, withdrawnAt, reviewNote, more);
  }

  /** The same document with what a change may change. */
  private DisclosureDocument with(
      DocumentStatus newStatus,
      Validity newValidity,
      UUID newRepealedBy,
      Instant newPublishedAt,
      Instant newWithdrawnAt,
      String newNote,
      List<Attachment> newAttachments) {
    return new DisclosureDocument(
        id,
        indexNumber,
        fields,
        newStatus,
        newValidity,
        newRepealedBy,
        newPublishedAt,
        newWithdrawnAt,
        newNote,
        clockId,
        createdBy,
        createdAt,
        version,
        newAttachments);
  }

  /** The same document with its attachments, as read from storage (repositories only). */
  public DisclosureDocument withAttachments(List<Attachment> stored) {
    return with(status, validity, repealedBy, publishedAt, withdrawnAt, reviewNote, stored);
  }
}
