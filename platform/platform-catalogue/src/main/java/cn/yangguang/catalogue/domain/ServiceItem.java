package cn.yangguang.catalogue.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One version of a county's item: its fields and where it stands in its lifecycle. A draft may be
 * replaced; publishing makes it the item's public version (the previous published version is
 * superseded, and cases started on it keep it); retiring withdraws it. A published version never
 * changes: an edit starts the next version as a draft.
 */
public record ServiceItem(
    UUID id,
    int version,
    Status status,
    ItemFields fields,
    Instant createdAt,
    String createdBy,
    Instant publishedAt,
    Instant retiredAt) {

  /** Where a version stands. */
  public enum Status {
    DRAFT,
    PUBLISHED,
    RETIRED,
    SUPERSEDED
  }

  public ServiceItem {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(fields, "fields");
  }

  /** A first draft. */
  public static ServiceItem draft(ItemFields fields, Instant now, String actor) {
    return new ServiceItem(UUID.randomUUID(), 1, Status.DRAFT, fields, now, actor, null, null);
  }

  /** The draft that follows this version, with new fields. */
  public ServiceItem nextDraft(ItemFields next, Instant now, String actor) {
    return new ServiceItem(
        UUID.randomUUID(), version + 1, Status.DRAFT, next, now, actor, null, null);
  }

  /**
   * This draft, published.
   *
   * @throws IllegalStateException unless it is a draft
   */
  public ServiceItem published(Instant now) {
    if (status != Status.DRAFT) {
      throw new IllegalStateException("only a draft can be published, not a " + status);
    }
    return new ServiceItem(
        id, version, Status.PUBLISHED, fields, createdAt, createdBy, now, retiredAt);
  }

  /** This published version, superseded by a newer one. */
  public ServiceItem superseded() {
    return new ServiceItem(
        id, version, Status.SUPERSEDED, fields, createdAt, createdBy, publishedAt, retiredAt);
  }

  /**
   * This published version, retired.
   *
   * @throws IllegalStateException unless it is published
   */
  public ServiceItem retired(Instant now) {
    if (status != Status.PUBLISHED) {
      throw new IllegalStateException("only a published item can be retired, not a " + status);
    }
    return new ServiceItem(
        id, version, Status.RETIRED, fields, createdAt, createdBy, publishedAt, now);
  }

  /** The item's key (实施编码). */
  public String key() {
    return fields.key();
  }
}
