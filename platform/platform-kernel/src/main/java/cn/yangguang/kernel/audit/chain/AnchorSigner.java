package cn.yangguang.kernel.audit.chain;

import java.time.Instant;
import java.util.UUID;

/**
 * Signs and verifies anchors with a key held outside the database, so that whoever can rewrite the
 * audit tables still cannot forge the anchors that the rewrite would have to match.
 *
 * <p>Implementations must be thread-safe: the chainer signs and the verify API checks concurrently.
 */
public interface AnchorSigner {

  /**
   * Signs the statement that the tenant's chain had head {@code headHash} at {@code chainSeq}.
   *
   * @param tenantId the tenant, not null
   * @param chainSeq the anchored position, at least 1
   * @param headHash the chain's hash at {@code chainSeq}: 64 lower-case hex characters
   * @param at the anchor's time, not null
   * @return the signed anchor, carrying {@link #keyId()}, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code chainSeq < 1} or {@code headHash} is malformed
   */
  Anchor sign(UUID tenantId, long chainSeq, String headHash, Instant at);

  /**
   * Whether {@code anchor} carries a genuine signature, by the key its {@code keyId} names, over
   * its {@link Anchor#signedBytes()} with its {@code signatureAlgorithm}.
   *
   * @param anchor the anchor, may be null (then false)
   * @return false on any mismatch, a malformed signature or an unknown keyId; never throws for bad
   *     input
   */
  boolean verify(Anchor anchor);

  /**
   * The id of the key new anchors are signed with.
   *
   * @return the key id, never null
   */
  String keyId();
}
