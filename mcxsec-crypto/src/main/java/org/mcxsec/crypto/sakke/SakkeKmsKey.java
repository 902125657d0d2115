// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto.sakke;

import java.security.SecureRandom;
import java.util.Objects;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.KeyMaterialException;
import org.mcxsec.crypto.SecretBytes;
import org.mcxsec.crypto.sakke.internal.KmsSecret;

/**
 * A KMS's SAKKE master secret z and public key {@code Z = [z]P} (RFC 6508 §6.1.1, parameter set 1), issuing
 * receiver secret keys.
 *
 * <p>Security: z lives in a {@link SecretBytes} and in wiped temporaries, never in a BigInteger; {@link #close()}
 * overwrites it. {@link #toString()} names the public key only.
 *
 * <p>Thread safety: safe to share until {@link #close()}.
 */
public final class SakkeKmsKey implements AutoCloseable {
  private final SecretBytes z;
  private final Bytes publicKey;
  private final SecureRandom blinding = new SecureRandom();

  private SakkeKmsKey(SecretBytes z) {
    this.z = z;
    this.publicKey = Bytes.copyOf(KmsSecret.publicKey(z, blinding));
  }

  /** A new master secret z, uniform in [2, q − 1], drawn from {@code random}. */
  public static SakkeKmsKey generate(SecureRandom random) {
    return new SakkeKmsKey(KmsSecret.generate(Objects.requireNonNull(random, "random")));
  }

  /**
   * The KMS key with master secret {@code z} (big-endian, at most 128 octets; the caller keeps and wipes its copy).
   *
   * @throws KeyMaterialException if z is longer than 128 octets or not in [2, q − 1]
   */
  public static SakkeKmsKey fromZ(SecretBytes z) throws KeyMaterialException {
    SecretBytes canonical = KmsSecret.canonical(Objects.requireNonNull(z, "z"));
    if (canonical == null) {
      throw new KeyMaterialException("SAKKE master secret z (" + z.size()
          + " octets) is not an integer in [2, q − 1] of at most 128 octets (RFC 6508 §6.1.1)");
    }
    return new SakkeKmsKey(canonical);
  }

  /** {@code Z = [z]P}, {@code 0x04 ‖ x ‖ y}, 257 octets (the KMS's PubEncKey). */
  public Bytes publicKey() {
    return publicKey;
  }

  /**
   * The receiver secret key {@code K_(a,T) = [(a + z)^-1 mod q]P} for identifier a (RFC 6508 §6.1.1).
   *
   * @throws KeyMaterialException if the identifier is empty or {@code a + z ≡ 0 (mod q)}
   */
  public SakkeReceiverKey issue(Bytes id) throws KeyMaterialException {
    Objects.requireNonNull(id, "id");
    if (id.isEmpty()) {
      throw new KeyMaterialException("SAKKE identifier is empty; expected at least one octet");
    }
    SecretBytes rsk = KmsSecret.issue(z, id.toByteArray(), blinding);
    if (rsk == null) {
      throw new KeyMaterialException("SAKKE identifier " + id + ": a + z ≡ 0 (mod q), it cannot be issued a key");
    }
    return SakkeReceiverKey.issued(publicKey, id, rsk);
  }

  /** Overwrites z with zeros. */
  @Override
  public void close() {
    z.destroy();
  }

  @Override
  public String toString() {
    return "SakkeKmsKey[Z=" + publicKey + ", z=<redacted>]";
  }
}
