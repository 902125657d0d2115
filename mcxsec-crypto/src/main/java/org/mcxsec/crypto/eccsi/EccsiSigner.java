// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto.eccsi;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.IdentitySigner;
import org.mcxsec.crypto.InsecureSecretAccess;
import org.mcxsec.crypto.KeyMaterialException;
import org.mcxsec.crypto.eccsi.internal.EccsiHash;
import org.mcxsec.crypto.eccsi.internal.P256;
import org.mcxsec.crypto.eccsi.internal.P256Scalar;

/**
 * ECCSI signing (RFC 6507 §5.2.1) with P-256 and SHA-256 (RFC 6509).
 *
 * <p>Security: every {@link #sign} draws a fresh j in [1, q - 1] from the {@link SecureRandom} given at
 * construction; j is never a field and never reused (a repeated j reveals SSK). [j]G, the inversion of
 * HE + r·SSK and all arithmetic with SSK and j run in constant time (fixed-base table with masked look-ups,
 * complete addition formulas, Fermat inversions); SSK is read from the key for one signature and the copies are
 * wiped. The JVM gives no hard guarantee about generated code, so "constant time" means: no branch or memory
 * index depends on a secret in this code. The only data-dependent branches are the RFC's restarts (r = 0, r ≥ q,
 * HE + r·SSK = 0), each of probability below 2^-127, and the rejection sampling of j.
 *
 * <p>Unlike a literal reading of the RFC, a j whose r = J_x is not in [1, q - 1] is also replaced (probability
 * about 2^-128), so that every signature passes the range checks of {@link EccsiVerifier}.
 *
 * <p>Thread safety: safe to share if the {@link SecureRandom} is (the JDK's are).
 */
public final class EccsiSigner implements IdentitySigner {
  private final EccsiSigningKey key;
  private final SecureRandom random;

  public EccsiSigner(EccsiSigningKey key, SecureRandom random) {
    this.key = Objects.requireNonNull(key, "key");
    this.random = Objects.requireNonNull(random, "random");
  }

  @Override
  public EccsiSignature sign(Bytes message) throws KeyMaterialException {
    Objects.requireNonNull(message, "message");
    byte[] j = new byte[EccsiSignature.N];
    try {
      while (true) {
        // 1) Choose a random (ephemeral) non-zero value j in F_q.
        P256Scalar.random(random, j);
        EccsiSignature signature = signWithJ(key, message, j);
        if (signature != null) {
          return signature;
        }
      }
    } finally {
      Arrays.fill(j, (byte) 0);
    }
  }

  /**
   * Signs with a caller-chosen j, for known-answer tests only: a j that is reused or known to anyone else
   * reveals the signer's SSK.
   *
   * @throws IllegalArgumentException if j is not 32 octets in [1, q - 1], or the RFC would restart with this j
   * @throws KeyMaterialException if the key has been closed
   */
  public static EccsiSignature signWithJForTesting(EccsiSigningKey key, Bytes message, Bytes j)
      throws KeyMaterialException {
    byte[] jOctets = j.toByteArray();
    if (jOctets.length != EccsiSignature.N || !P256Scalar.isInRange(jOctets, 0)) {
      throw new IllegalArgumentException("j must be 32 octets in [1, q-1]");
    }
    EccsiSignature signature = signWithJ(key, message, jOctets);
    if (signature == null) {
      throw new IllegalArgumentException("this j gives r outside [1, q-1] or HE + r*SSK = 0; RFC 6507 restarts");
    }
    return signature;
  }

  /** RFC 6507 §5.2.1 steps 2-7 for a given j; null where the RFC restarts with a fresh j. */
  private static EccsiSignature signWithJ(EccsiSigningKey key, Bytes message, byte[] j)
      throws KeyMaterialException {
    if (key.isClosed()) {
      throw new KeyMaterialException("ECCSI signing key has been closed");
    }
    byte[] ssk = key.ssk().toByteArray(InsecureSecretAccess.get());
    long[] sskScalar = new long[5];
    long[] jScalar = new long[5];
    long[] t = new long[5];
    long[] u = new long[5];
    try {
      // 2) J = [j]G; r = Jx as an N-octet integer.
      byte[] r = P256.mulBase(j).xOctets();
      if (!P256Scalar.isInRange(r, 0)) {
        return null;
      }
      // 3) HE = hash( HS || r || M )
      byte[] he = EccsiHash.he(key.hs().toByteArray(), r, message.toByteArray());
      // 4) HE + r * SSK must be non-zero mod q.
      P256Scalar.fromOctets(sskScalar, ssk, 0);
      P256Scalar.fromOctets(u, r, 0);
      P256Scalar.mul(t, u, sskScalar);
      P256Scalar.fromOctets(u, he, 0);
      P256Scalar.add(t, t, u);
      if (P256Scalar.isZeroMask(t) != 0) {
        return null;
      }
      // 5) s' = ( (( HE + r * SSK )^-1) * j ) mod q; j is erased by the caller.
      P256Scalar.invert(t, t);
      P256Scalar.fromOctets(jScalar, j, 0);
      P256Scalar.mul(t, t, jScalar);
      byte[] s = new byte[EccsiSignature.N];
      P256Scalar.toOctets(t, s, 0);
      // 6) s = s', which always fits in N octets (s' < q < 2^256).
      // 7) Signature = r || s || PVT
      return new EccsiSignature(Bytes.copyOf(r), Bytes.copyOf(s), key.pvt());
    } finally {
      Arrays.fill(ssk, (byte) 0);
      Arrays.fill(sskScalar, 0);
      Arrays.fill(jScalar, 0);
      Arrays.fill(t, 0);
      Arrays.fill(u, 0);
    }
  }

  @Override
  public String toString() {
    return "EccsiSigner[id=" + key.id() + "]";
  }
}
