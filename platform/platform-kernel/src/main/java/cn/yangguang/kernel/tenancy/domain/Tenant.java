package cn.yangguang.kernel.tenancy.domain;

import cn.yangguang.api.tenant.TenantRef;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A county on the platform, as registered in {@code yg.tenant}. Its identity is {@link #id()} and
 * {@link #slug()}; the division code is an attribute that changes (开县 became 开州区 in 2016).
 */
@Entity
@Table(name = "tenant", schema = "yg")
public class Tenant {

  @Id private UUID id;

  @Column(nullable = false, unique = true, length = 40)
  private String slug;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private TenantStatus status;

  @Column(name = "name_zh", nullable = false)
  private String nameZh;

  @Column(name = "name_en")
  private String nameEn;

  @Column(name = "division_code", nullable = false)
  private String divisionCode;

  @Column(name = "province_code", nullable = false)
  private String provinceCode;

  @Column(name = "province_name_zh", nullable = false)
  private String provinceNameZh;

  @Column(name = "prefecture_code")
  private String prefectureCode;

  @Column(name = "prefecture_name_zh")
  private String prefectureNameZh;

  @Column(name = "time_zone", nullable = false)
  private String timeZone;

  @Column(name = "manifest", nullable = false, columnDefinition = "jsonb")
  private String manifestJson;

  @Column(name = "manifest_sha256", nullable = false)
  private String manifestSha256;

  @Column(nullable = false)
  private int version;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  /** For JPA. */
  protected Tenant() {}

  /** A new, active tenant. */
  public Tenant(UUID id, String slug, Instant now) {
    this.id = id;
    this.slug = slug;
    this.status = TenantStatus.ACTIVE;
    this.createdAt = now;
    this.updatedAt = now;
    this.version = 0;
  }

  /**
   * Takes the registry attributes from a (validated) manifest.
   *
   * @param facts the attributes
   * @param manifestJson the manifest as JSON, kept for audit and export
   * @param sha256 digest of the manifest text, to skip re-applying an unchanged document
   */
  public void describe(TenantFacts facts, String manifestJson, String sha256, Instant now) {
    this.nameZh = facts.nameZh();
    this.nameEn = facts.nameEn();
    this.divisionCode = facts.divisionCode();
    this.provinceCode = facts.provinceCode();
    this.provinceNameZh = facts.provinceNameZh();
    this.prefectureCode = facts.prefectureCode();
    this.prefectureNameZh = facts.prefectureNameZh();
    this.timeZone = facts.timeZone();
    this.manifestJson = manifestJson;
    this.manifestSha256 = sha256;
    this.version++;
    this.updatedAt = now;
  }

  /** Stops serving the tenant; its data stays. */
  public void suspend(Instant now) {
    this.status = TenantStatus.SUSPENDED;
    this.updatedAt = now;
  }

  /** Serves the tenant again. */
  public void resume(Instant now) {
    this.status = TenantStatus.ACTIVE;
    this.updatedAt = now;
  }

  /** The reference handed to code acting for this tenant. */
  public TenantRef ref() {
    return new TenantRef(id, slug, provinceCode);
  }

  public UUID id() {
    return id;
  }

  public String slug() {
    return slug;
  }

  public TenantStatus status() {
    return status;
  }

  /** The manifest last applied, as JSON. */
  public String manifestJson() {
    return manifestJson;
  }

  public String manifestSha256() {
    return manifestSha256;
  }

  public int version() {
    return version;
  }

  /** The registry attributes, as a value. */
  public TenantFacts facts() {
    return new TenantFacts(
        nameZh,
        nameEn,
        divisionCode,
        provinceCode,
        provinceNameZh,
        prefectureCode,
        prefectureNameZh,
        timeZone);
  }
}
