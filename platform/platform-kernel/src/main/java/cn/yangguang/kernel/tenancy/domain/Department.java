package cn.yangguang.kernel.tenancy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * A department of a county government (民政局, 市场监督管理局, ...). Written by manifest synchronization;
 * read through JPA by the contexts that assign work to departments.
 */
@Entity
@Table(name = "department", schema = "yg")
public class Department {

  @Id private UUID id;

  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(nullable = false)
  private String code;

  @Column(name = "name_zh", nullable = false)
  private String nameZh;

  @Column(name = "name_en")
  private String nameEn;

  @Column(name = "credit_code")
  private String creditCode;

  @Column(nullable = false)
  private String kind;

  @Column(nullable = false)
  private boolean synthetic;

  @Column(nullable = false)
  private boolean active;

  /** For JPA. */
  protected Department() {}

  public UUID id() {
    return id;
  }

  public UUID tenantId() {
    return tenantId;
  }

  public String code() {
    return code;
  }

  public String nameZh() {
    return nameZh;
  }

  public String nameEn() {
    return nameEn;
  }

  public String creditCode() {
    return creditCode;
  }

  public String kind() {
    return kind;
  }

  public boolean synthetic() {
    return synthetic;
  }

  public boolean active() {
    return active;
  }
}
