// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto.eccsi;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.InsecureSecretAccess;
import org.mcxsec.crypto.KeyMaterialException;
import org.mcxsec.crypto.SecretBytes;
import org.mcxsec.crypto.eccsi.internal.EccsiHash;
import org.mcxsec.crypto.eccsi.internal.P256;
import org.mcxsec.crypto.eccsi.internal.P256Scalar;

/**
 * A KMS's ECCSI key pair: the secret KMS Secret Authentication Key KSAK and the public KPAK = [KSAK]G
 * (RFC 6507 §4.2, §5.1.1), and issuance of user signing keys.
 *
 * <p>Security: KSAK is held in {@link SecretBytes} and never printed; {@link #close()} overwrites it. Scalar
 * multiplications with KSAK and v run in constant time; KSAK and v are converted to internal form only for the
 * duration of one operation and wiped afterwards.
 *
 * <p>Thread safety: safe to share; {@link #close()} must not race with issuance.
 */
public final class EccsiKmsKey implements AutoCloseable {
  private final SecretBytes ksak;
  private final Bytes kpak;

  private EccsiKmsKey(SecretBytes ksak, Bytes kpak) {
    this.ksak = ksak;
    this.kpak = kpak;
  }

  /** A fresh KMS key: KSAK uniformly random in [1, q - 1]. */
  public static EccsiKmsKey generate(SecureRandom random) {
    byte[] k = new byte[EccsiSignature.N];
    P256Scalar.random(random, k);
    return fromValidKsak(k);
  }

  /**
   * The KMS key for a stored KSAK (32 octets in [1, q - 1]); the octets are copied.
   *
   * @throws KeyMaterialException naming a wrong length or range
   */
  public static EccsiKmsKey fromKsak(SecretBytes ksak) throws KeyMaterialException {
    if (ksak.size() != EccsiSignature.N) {
      throw new KeyMaterialException("KSAK is " + ksak.size() + " octets, expected " + EccsiSignature.N);
    }
    byte[] k = ksak.toByteArray(InsecureSecretAccess.get());
    if (!P256Scalar.isInRange(k, 0)) {
      Arrays.fill(k, (byte) 0);
      throw new KeyMaterialException("KSAK is not in [1, q-1]");
    }
    return fromValidKsak(k);
  }

  private static EccsiKmsKey fromValidKsak(byte[] k) {
    Bytes kpak = Bytes.copyOf(P256.mulBase(k).encode());
    return new EccsiKmsKey(SecretBytes.wrap(k, InsecureSecretAccess.get()), kpak);
  }

  /** KPAK = [KSAK]G, 0x04 ‖ x ‖ y (65 octets). */
  public Bytes kpak() {
    return kpak;
  }

  /**
   * The KSAK (32 octets), owned by this key: {@link #close()} destroys it. Read its octets with
   * {@code ksak().toByteArray(InsecureSecretAccess.get())}.
   */
  public SecretBytes ksak() {
    return ksak;
  }

  /**
   * Issues a signing key for {@code id} with a fresh random v (RFC 6507 §5.1.1), restarting with a new v in the
   * (negligibly rare) cases the RFC names.
   */
  public EccsiSigningKey issue(Bytes id, SecureRandom random) {
    Objects.requireNonNull(id, "id");
    byte[] v = new byte[EccsiSignature.N];
    try {
      while (true) {
        // 1) Choose v, a random non-zero element of F_q.
        P256Scalar.random(random, v);
        EccsiSigningKey key = issueWithV(id, v);
        if (key != null) {
          return key;
        }
      }
    } finally {
      Arrays.fill(v, (byte) 0);
    }
  }

  /**
   * Issues a signing key for {@code id} with the given v, for known-answer tests only: a v that is reused or
   * known to anyone but the KMS reveals KSAK.
   *
   * @throws IllegalArgumentException if v is not 32 octets in [1, q - 1], or the RFC would restart with this v
   */
  public EccsiSigningKey issueWithVForTesting(Bytes id, Bytes v) {
    byte[] vOctets = v.toByteArray();
    if (vOctets.length != EccsiSignature.N || !P256Scalar.isInRange(vOctets, 0)) {
      throw new IllegalArgumentException("v must be 32 octets in [1, q-1]");
    }
    EccsiSigningKey key = issueWithV(id, vOctets);
    if (key == null) {
      throw new IllegalArgumentException("this v gives SSK = 0 or HS = 0 mod q; RFC 6507 §5.1.1 restarts");
    }
    return key;
  }

  /** RFC 6507 §5.1.1 steps 2-6 for a given v; null where step 5 restarts. */
  private EccsiSigningKey issueWithV(Bytes id, byte[] v) {
    byte[] k = ksak.toByteArray(InsecureSecretAccess.get());
    long[] ks = new long[5];
    long[] vs = new long[5];
    long[] t = new long[5];
    byte[] ssk = new byte[EccsiSignature.N];
    try {
      // 2) PVT = [v]G
      byte[] pvt = P256.mulBase(v).encode();
      // 3) HS = hash( G || KPAK || ID || PVT )
      byte[] hs = EccsiHash.hs(kpak.toByteArray(), id.toByteArray(), pvt);
      // 4) SSK = ( KSAK + HS * v ) modulo q
      P256Scalar.fromOctets(t, hs, 0);
      boolean hsZero = P256Scalar.isZeroMask(t) != 0;
      P256Scalar.fromOctets(vs, v, 0);
      P256Scalar.mul(t, t, vs);
      P256Scalar.fromOctets(ks, k, 0);
      P256Scalar.add(t, t, ks);
      // 5) If SSK or HS is zero modulo q, erase SSK and restart.
      if (hsZero | P256Scalar.isZeroMask(t) != 0) {
        return null;
      }
      P256Scalar.toOctets(t, ssk, 0);
      return selfChecked(new EccsiSigningKey(id, kpak, Bytes.copyOf(pvt), Bytes.copyOf(hs),
          SecretBytes.copyOf(ssk, InsecureSecretAccess.get())));
    } finally {
      Arrays.fill(k, (byte) 0);
      Arrays.fill(ssk, (byte) 0);
      Arrays.fill(ks, 0);
      Arrays.fill(vs, 0);
      Arrays.fill(t, 0);
    }
  }

  /** Runs the user's §5.1.2 check before a key leaves the KMS, so a computation fault cannot ship a bad key. */
  private static EccsiSigningKey selfChecked(EccsiSigningKey key) {
    try (EccsiSigningKey check = EccsiSigningKey.validate(key.kpak(), key.id(), key.ssk(), key.pvt())) {
      return key;
    } catch (KeyMaterialException e) {
      key.close();
      throw new IllegalStateException("issued ECCSI key failed its own validation", e);
    }
  }

  /** Whether both keys have the same KSAK, compared in constant time. */
  public boolean equalsKey(EccsiKmsKey other) {
    return ksak.equalsConstantTime(other.ksak);
  }

  /** Overwrites KSAK with zeros; issuing then fails. */
  @Override
  public void close() {
    ksak.destroy();
  }

  @Override
  public String toString() {
    return "EccsiKmsKey[kpak=" + kpak + ", ksak=<redacted>]";
  }
}
