package cn.yangguang.kernel.identity.domain;

import java.util.List;
import java.util.UUID;

/**
 * Platform-level grants (not owned by any tenant): oversight scopes and platform operators. Read
 * before any tenant is known; callable outside a tenant transaction.
 */
public interface PlatformGrantRepository {

  /** The oversight grants of one user (empty for almost everybody). */
  List<OversightGrant> oversightOf(UUID userId);

  /** Whether the user is a platform operator. */
  boolean isOperator(UUID userId);

  /** Adds a grant unless present. */
  void grant(OversightGrant grant, String actor);

  /** Makes the user a platform operator unless she is one. */
  void grantOperator(UUID userId, String username, String actor);
}
