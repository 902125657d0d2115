// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.kms;

import java.security.SecureRandom;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.InsecureSecretAccess;
import org.mcxsec.crypto.KeyMaterialException;
import org.mcxsec.crypto.SecretBytes;
import org.mcxsec.crypto.eccsi.EccsiKmsKey;
import org.mcxsec.crypto.eccsi.EccsiSigningKey;
import org.mcxsec.crypto.sakke.SakkeKmsKey;
import org.mcxsec.crypto.sakke.SakkeReceiverKey;

/**
 * The KMS cryptography of mcxsec-crypto: ECCSI (RFC 6507) on P-256 and SAKKE (RFC 6508) parameter set 1.
 *
 * <p>Thread safety: stateless; the community keys it returns are safe to share.
 */
public final class EccsiSakkeKmsCrypto implements KmsCrypto {
  /** Octets of a SAKKE master secret z (parameter set 1: q has 1022 bits). */
  private static final int Z_OCTETS = 128;

  @Override
  public KmsCommunityKeys generate(SecureRandom random) {
    EccsiKmsKey eccsi = EccsiKmsKey.generate(random);
    // RFC 6508 §6.1.1: z uniform in [2, q - 1]; drawn here (below 2^1022, then checked) so that it can be stored
    for (int attempt = 0; ; attempt++) {
      byte[] z = new byte[Z_OCTETS];
      random.nextBytes(z);
      z[0] &= 0x3f;
      SecretBytes secret = SecretBytes.wrap(z, InsecureSecretAccess.get());
      try {
        return new Community(eccsi, SakkeKmsKey.fromZ(secret), secret);
      } catch (KeyMaterialException outOfRange) {
        secret.destroy();
        if (attempt > 256) {
          throw new IllegalStateException("no SAKKE master secret in range after 256 draws", outOfRange);
        }
      }
    }
  }

  @Override
  public KmsCommunityKeys restore(SecretBytes ksak, SecretBytes z) throws KeyMaterialException {
    SecretBytes zCopy = SecretBytes.copyOf(z.toByteArray(InsecureSecretAccess.get()), InsecureSecretAccess.get());
    return new Community(EccsiKmsKey.fromKsak(ksak), SakkeKmsKey.fromZ(zCopy), zCopy);
  }

  /** Checks issued keys as a client would: RFC 6507 §5.1.2 for SSK/PVT, RFC 6508 §6.1.2 for the RSK. */
  public static void validate(KmsCertificate certificate, UserKeySet keys) throws KeyMaterialException {
    try (EccsiSigningKey s = EccsiSigningKey.validate(certificate.pubAuthKey(), keys.userId(), keys.ssk(),
        keys.pvt()); SakkeReceiverKey r = SakkeReceiverKey.validate(certificate.pubEncKey(), keys.userId(),
        keys.rsk())) {
      // both validated on construction
    }
  }

  private static final class Community implements KmsCommunityKeys {
    private final EccsiKmsKey eccsi;
    private final SakkeKmsKey sakke;
    private final SecretBytes z;

    Community(EccsiKmsKey eccsi, SakkeKmsKey sakke, SecretBytes z) {
      this.eccsi = eccsi;
      this.sakke = sakke;
      this.z = z;
    }

    @Override
    public SecretBytes ksak() {
      return eccsi.ksak();
    }

    @Override
    public SecretBytes z() {
      return z;
    }

    @Override
    public Bytes kpak() {
      return eccsi.kpak();
    }

    @Override
    public Bytes pubEncKey() {
      return sakke.publicKey();
    }

    @Override
    public IssuedUserKeys issue(Bytes uid, SecureRandom random) throws KeyMaterialException {
      try (EccsiSigningKey signing = eccsi.issue(uid, random); SakkeReceiverKey receiver = sakke.issue(uid)) {
        return new IssuedUserKeys(copy(signing.ssk()), signing.pvt(), copy(receiver.rsk()));
      }
    }

    private static SecretBytes copy(SecretBytes s) {
      return SecretBytes.copyOf(s.toByteArray(InsecureSecretAccess.get()), InsecureSecretAccess.get());
    }
  }
}
