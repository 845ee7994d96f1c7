package cn.yangguang.catalogue.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * The province master item a county item derives from: its key, and the master version whose base
 * fields the county item last took.
 */
public record MasterLink(String masterKey, UUID masterVersionId) {

  public MasterLink {
    Objects.requireNonNull(masterKey, "masterKey");
  }
}
