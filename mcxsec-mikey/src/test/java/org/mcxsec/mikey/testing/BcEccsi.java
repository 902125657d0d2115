// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey.testing;

import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECCSIPublicKeyParameters;
import org.bouncycastle.crypto.signers.ECCSISigner;
import org.bouncycastle.math.ec.ECPoint;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.VerificationFailedException;

/**
 * ECCSI verification (RFC 6507 §5.2.2) from Bouncy Castle 1.87: the independent oracle for our signatures. A fresh
 * BC verifier per call.
 */
public final class BcEccsi {
  private static final X9ECParameters P256 = CustomNamedCurves.getByName("secp256r1");

  private BcEccsi() {}

  /**
   * Verifies {@code signature} (r ‖ s ‖ PVT) of {@code message} by {@code signerId} under {@code kpak}.
   *
   * @throws VerificationFailedException if it does not verify
   */
  public static void verify(Bytes kpak, Bytes signerId, Bytes message, Bytes signature)
      throws VerificationFailedException {
    boolean valid;
    try {
      ECPoint kpakPoint = P256.getCurve().decodePoint(kpak.toByteArray());
      ECPoint pvt = P256.getCurve().decodePoint(signature.slice(64, signature.size()).toByteArray());
      ECCSISigner v = new ECCSISigner(kpakPoint, P256, new SHA256Digest(), signerId.toByteArray());
      v.init(false, new ECCSIPublicKeyParameters(pvt));
      byte[] m = message.toByteArray();
      v.update(m, 0, m.length);
      valid = v.verifySignature(signature.toByteArray());
    } catch (RuntimeException e) {
      valid = false;
    }
    if (!valid) {
      throw new VerificationFailedException("ECCSI signature does not verify (Bouncy Castle)");
    }
  }
}
