// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto.eccsi;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Objects;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.InsecureSecretAccess;
import org.mcxsec.crypto.KeyMaterialException;
import org.mcxsec.crypto.SecretBytes;
import org.mcxsec.crypto.eccsi.internal.AffinePoint;
import org.mcxsec.crypto.eccsi.internal.EccsiHash;
import org.mcxsec.crypto.eccsi.internal.P256;
import org.mcxsec.crypto.eccsi.internal.P256Scalar;

/**
 * A user's ECCSI key set for one identifier: the identifier ID, the KMS public key KPAK, the Public Validation
 * Token PVT, the Secret Signing Key SSK and the cached HS = hash(G ‖ KPAK ‖ ID ‖ PVT) (RFC 6507 §5.1.1).
 *
 * <p>Obtain one from {@link EccsiKmsKey#issue} (at the KMS) or {@link #validate} (at the user, for a key set
 * received from the KMS); both guarantee RFC 6507 §5.1.2 holds. Sign with {@link EccsiSigner}.
 *
 * <p>Security: SSK is held in {@link SecretBytes} and never printed; {@link #close()} overwrites it. There is no
 * {@code equals}: use {@link #equalsKey}, which compares SSK in constant time.
 *
 * <p>Thread safety: safe to share; {@link #close()} must not race with signing.
 */
public final class EccsiSigningKey implements AutoCloseable {
  private final Bytes id;
  private final Bytes kpak;
  private final Bytes pvt;
  private final Bytes hs;
  private final SecretBytes ssk;

  EccsiSigningKey(Bytes id, Bytes kpak, Bytes pvt, Bytes hs, SecretBytes ssk) {
    this.id = id;
    this.kpak = kpak;
    this.pvt = pvt;
    this.hs = hs;
    this.ssk = ssk;
  }

  /**
   * Validates a key set received from the KMS (RFC 6507 §5.1.2) and returns it as a signing key. The SSK octets
   * are copied; the caller keeps ownership of {@code ssk}.
   *
   * @param kpak the KMS Public Authentication Key, 0x04 ‖ x ‖ y
   * @param id the user's identifier, as signed into HS
   * @param ssk the Secret Signing Key, 32 octets in [1, q - 1]
   * @param pvt the Public Validation Token, 0x04 ‖ x ‖ y
   * @throws KeyMaterialException naming the value and check that failed
   */
  public static EccsiSigningKey validate(Bytes kpak, Bytes id, SecretBytes ssk, Bytes pvt)
      throws KeyMaterialException {
    Objects.requireNonNull(id, "id");
    byte[] kpakOctets = kpak.toByteArray();
    byte[] pvtOctets = pvt.toByteArray();
    AffinePoint kpakPoint = AffinePoint.decode(kpakOctets, "KPAK");
    if (ssk.size() != EccsiSignature.N) {
      throw new KeyMaterialException("SSK is " + ssk.size() + " octets, expected " + EccsiSignature.N);
    }
    byte[] sskOctets = ssk.toByteArray(InsecureSecretAccess.get());
    try {
      if (!P256Scalar.isInRange(sskOctets, 0)) {
        throw new KeyMaterialException("SSK is not in [1, q-1]");
      }
      // 1) The PVT must be a point on E other than the point at infinity.
      AffinePoint pvtPoint = AffinePoint.decode(pvtOctets, "PVT");
      // 2) HS = hash( G || KPAK || ID || PVT )
      byte[] hs = EccsiHash.hs(kpakOctets, id.toByteArray(), pvtOctets);
      // 3) [SSK]G must equal KPAK + [HS]PVT.
      AffinePoint expected = P256.mulAddVartime(hs, pvtPoint, kpakPoint);
      AffinePoint actual = P256.mulBase(sskOctets);
      if (expected == null || !P256.equal(actual, expected)) {
        throw new KeyMaterialException(
            "ECCSI key set rejected: [SSK]G does not equal KPAK + [HS]PVT (RFC 6507 §5.1.2)");
      }
      return new EccsiSigningKey(id, kpak, pvt, Bytes.copyOf(hs),
          SecretBytes.wrap(sskOctets.clone(), InsecureSecretAccess.get()));
    } finally {
      Arrays.fill(sskOctets, (byte) 0);
    }
  }

  /** The identifier ID the key was issued for. */
  public Bytes id() {
    return id;
  }

  /** The KMS Public Authentication Key, 0x04 ‖ x ‖ y. */
  public Bytes kpak() {
    return kpak;
  }

  /** The Public Validation Token, 0x04 ‖ x ‖ y; it travels in every signature. */
  public Bytes pvt() {
    return pvt;
  }

  /** HS = hash( G ‖ KPAK ‖ ID ‖ PVT ) (32 octets; public). */
  public Bytes hs() {
    return hs;
  }

  /**
   * The Secret Signing Key (32 octets), owned by this key: {@link #close()} destroys it. Read its octets with
   * {@code ssk().toByteArray(InsecureSecretAccess.get())}.
   */
  public SecretBytes ssk() {
    return ssk;
  }

  /** Whether {@link #close()} has been called. */
  public boolean isClosed() {
    return ssk.isDestroyed();
  }

  /** Whether both keys have the same ID, KPAK, PVT and SSK; SSK is compared in constant time. */
  public boolean equalsKey(EccsiSigningKey other) {
    boolean publicEqual = MessageDigest.isEqual(id.toByteArray(), other.id.toByteArray())
        & kpak.equals(other.kpak) & pvt.equals(other.pvt);
    return ssk.equalsConstantTime(other.ssk) & publicEqual;
  }

  /** Overwrites the SSK with zeros; signing with this key then fails. */
  @Override
  public void close() {
    ssk.destroy();
  }

  @Override
  public String toString() {
    return "EccsiSigningKey[id=" + id + ", pvt=" + pvt + ", ssk=<redacted>]";
  }
}
