/**
 * The pure logic of the tamper-evident audit trail: entries of one tenant are linked in commit
 * order into a hash chain ({@link cn.yangguang.kernel.audit.chain.AuditHasher}, SHA-256 or SM3 per
 * entry as 密评 requires, ADR 0011), chain heads are periodically anchored by a signature made with a
 * key held outside the database ({@link cn.yangguang.kernel.audit.chain.AnchorSigner}, Ed25519 or
 * SM2), and {@link cn.yangguang.kernel.audit.chain.ChainVerifier} reports the first broken link
 * against the signed anchors; nothing here touches a database, a container or the network, so the
 * store, the chainer job and the verify API build on it.
 */
package cn.yangguang.kernel.audit.chain;
