// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto.eccsi;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.IdentityVerifier;
import org.mcxsec.crypto.KeyMaterialException;
import org.mcxsec.crypto.VerificationFailedException;
import org.mcxsec.crypto.eccsi.internal.AffinePoint;
import org.mcxsec.crypto.eccsi.internal.EccsiHash;
import org.mcxsec.crypto.eccsi.internal.FixedBaseTable;
import org.mcxsec.crypto.eccsi.internal.JacobianPoint;
import org.mcxsec.crypto.eccsi.internal.P256;
import org.mcxsec.crypto.eccsi.internal.P256Scalar;

/**
 * Verifies ECCSI signatures of one signer identifier under one KPAK (RFC 6507 §5.2.2, P-256 / SHA-256).
 *
 * <p>Checks, each failing with a {@link VerificationFailedException} that names it: r and s in [1, q - 1]; the
 * PVT carried in the signature is a point on P-256 (coordinates below p, on the curve, not (0, 0)); J is not
 * the point at infinity; J_x = r.
 *
 * <p>Speed: Y = [HS]PVT + KPAK depends only on (KPAK, ID, PVT). After a signature with a given PVT has verified,
 * the verifier keeps HS and the decoded PVT, and from the second signature on a table of multiples of Y, so
 * that verifying many messages of one signer costs two table sums and no doublings. At most
 * {@value #CACHED_PVTS} PVTs (key periods) are remembered per verifier; only PVTs of signatures that verified
 * are cached, so forged signatures cannot fill or churn the cache.
 *
 * <p>Thread safety: safe to share.
 */
public final class EccsiVerifier implements IdentityVerifier {
  static final int CACHED_PVTS = 2;
  private static final String REJECTED = "ECCSI signature rejected: ";

  private final Bytes kpak;
  private final AffinePoint kpakPoint;
  private final Bytes signerId;
  private final Map<Bytes, SignerPvt> cache = new LinkedHashMap<>(4, 0.75f, true) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<Bytes, SignerPvt> eldest) {
      return size() > CACHED_PVTS;
    }
  };

  /**
   * A verifier for signatures by {@code signerId} under {@code kpak}.
   *
   * @throws KeyMaterialException if the KPAK is not a valid P-256 point
   */
  public EccsiVerifier(Bytes kpak, Bytes signerId) throws KeyMaterialException {
    this(kpak, AffinePoint.decode(kpak.toByteArray(), "KPAK"), signerId);
  }

  EccsiVerifier(Bytes kpak, AffinePoint kpakPoint, Bytes signerId) {
    this.kpak = kpak;
    this.kpakPoint = kpakPoint;
    this.signerId = Objects.requireNonNull(signerId, "signerId");
  }

  public Bytes kpak() {
    return kpak;
  }

  public Bytes signerId() {
    return signerId;
  }

  @Override
  public void verify(Bytes message, EccsiSignature signature) throws VerificationFailedException {
    Objects.requireNonNull(message, "message");
    byte[] r = signature.r().toByteArray();
    byte[] s = signature.s().toByteArray();
    if (!P256Scalar.isInRange(r, 0)) {
      throw new VerificationFailedException(REJECTED + "r is not in [1, q-1]");
    }
    if (!P256Scalar.isInRange(s, 0)) {
      throw new VerificationFailedException(REJECTED + "s is not in [1, q-1]");
    }
    SignerPvt known = cached(signature.pvt());
    SignerPvt entry = known != null ? known : firstSight(signature.pvt());
    // 3) HE = hash( HS || r || M )
    byte[] he = EccsiHash.he(entry.hs, r, message.toByteArray());
    // 4) Y = [HS]PVT + KPAK and 5) J = [s]( [HE]G + [r]Y ) = [s*HE]G + [s*r]Y
    long[] sScalar = new long[5];
    long[] u1 = new long[5];
    long[] u2 = new long[5];
    P256Scalar.fromOctets(sScalar, s, 0);
    P256Scalar.fromOctets(u1, he, 0);
    P256Scalar.mul(u1, u1, sScalar);
    P256Scalar.fromOctets(u2, r, 0);
    P256Scalar.mul(u2, u2, sScalar);
    byte[] u1Octets = new byte[32];
    byte[] u2Octets = new byte[32];
    P256Scalar.toOctets(u1, u1Octets, 0);
    P256Scalar.toOctets(u2, u2Octets, 0);
    JacobianPoint j = new JacobianPoint();
    FixedBaseTable yTable = known != null ? known.yTable(kpakPoint) : null;
    if (yTable != null) {
      P256.mulAddVartime(j, yTable, u2Octets);
    } else {
      // without a table of Y: [s*r]Y = [s*r*HS]PVT + [s*r]KPAK, one shared run of doublings
      long[] hsScalar = new long[5];
      P256Scalar.fromOctets(hsScalar, entry.hs, 0);
      P256Scalar.mul(hsScalar, hsScalar, u2);
      byte[] u3Octets = new byte[32];
      P256Scalar.toOctets(hsScalar, u3Octets, 0);
      P256.mulAddVartime(j, u3Octets, entry.pvt, u2Octets, kpakPoint);
    }
    P256.mulBaseAddVartime(j, u1Octets);
    // 6) J must not be the point at infinity; Jx must equal r mod p (and be non-zero, as r is).
    if (j.isInfinity()) {
      throw new VerificationFailedException(REJECTED + "J is the point at infinity");
    }
    if (!P256.hasAffineX(j, r)) {
      throw new VerificationFailedException(REJECTED + "J_x does not equal r");
    }
    if (known == null) {
      remember(signature.pvt(), entry);
    }
  }

  /** Steps 1 and 2 for a PVT not seen in a verified signature before. */
  private SignerPvt firstSight(Bytes pvt) throws VerificationFailedException {
    byte[] pvtOctets = pvt.toByteArray();
    AffinePoint point;
    try {
      // 1) The PVT must lie on the elliptic curve E.
      point = AffinePoint.decode(pvtOctets, "PVT");
    } catch (KeyMaterialException e) {
      throw new VerificationFailedException(REJECTED + e.getMessage(), e);
    }
    // 2) HS = hash( G || KPAK || ID || PVT )
    return new SignerPvt(point, EccsiHash.hs(kpak.toByteArray(), signerId.toByteArray(), pvtOctets));
  }

  private SignerPvt cached(Bytes pvt) {
    synchronized (cache) {
      return cache.get(pvt);
    }
  }

  private void remember(Bytes pvt, SignerPvt entry) {
    synchronized (cache) {
      cache.putIfAbsent(pvt, entry);
    }
  }

  @Override
  public String toString() {
    return "EccsiVerifier[signer=" + signerId + "]";
  }
}
