package cn.yangguang.kernel.audit;

import cn.yangguang.kernel.audit.chain.AnchorSigner;
import cn.yangguang.kernel.audit.chain.FileKeyAnchorSigner;
import cn.yangguang.kernel.audit.chain.HashAlgorithm;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The anchor-signing key, held outside the database ({@code yg.audit.keys.dir}: a mounted secret in
 * production, {@code .yangguang/local/keys} in the local stack), and the chain's hash algorithm.
 */
@ApplicationScoped
public class AuditKeys {

  @Inject
  @ConfigProperty(name = "yg.audit.keys.dir", defaultValue = "/var/lib/yangguang/keys")
  String directory;

  @Inject
  @ConfigProperty(name = "yg.audit.signature", defaultValue = "SM2")
  String signature;

  @Inject
  @ConfigProperty(name = "yg.audit.hash", defaultValue = "SM3")
  String hash;

  private volatile AnchorSigner signer;

  /** The signer (created with a fresh key pair on first use when the folder holds none). */
  public AnchorSigner signer() {
    AnchorSigner s = signer;
    if (s == null) {
      synchronized (this) {
        if (signer == null) {
          signer =
              FileKeyAnchorSigner.loadOrCreate(
                  Path.of(directory),
                  FileKeyAnchorSigner.Algorithm.valueOf(signature.toUpperCase(Locale.ROOT)));
        }
        s = signer;
      }
    }
    return s;
  }

  /** The algorithm new chain links use. */
  public HashAlgorithm hashAlgorithm() {
    return HashAlgorithm.of(hash);
  }
}
