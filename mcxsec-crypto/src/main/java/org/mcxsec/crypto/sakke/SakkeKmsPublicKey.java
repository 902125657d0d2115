// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto.sakke;

import java.util.Objects;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.KeyMaterialException;
import org.mcxsec.crypto.sakke.internal.AffinePoint;
import org.mcxsec.crypto.sakke.internal.SakkeCurve;

/** A KMS public key Z checked to be a point of the order-q subgroup (RFC 6508 §2.2, §6.1.1). */
final class SakkeKmsPublicKey {
  private final AffinePoint point;

  private SakkeKmsPublicKey(AffinePoint point) {
    this.point = point;
  }

  /** @throws KeyMaterialException if Z is not 257 octets {@code 0x04 ‖ x ‖ y} of a point of order q */
  static SakkeKmsPublicKey of(Bytes zPub) throws KeyMaterialException {
    Objects.requireNonNull(zPub, "zPub");
    String what = "SAKKE KMS public key Z";
    String problem = AffinePoint.problem(what, zPub.toByteArray());
    if (problem != null) {
      throw new KeyMaterialException(problem);
    }
    AffinePoint z = AffinePoint.decode(what, zPub.toByteArray());
    if (!SakkeCurve.hasOrderQ(z)) {
      throw new KeyMaterialException(what + ": not a point of order q ([q]Z is not the point at infinity)");
    }
    return new SakkeKmsPublicKey(z);
  }

  /** A Z that this library computed or already checked. */
  static SakkeKmsPublicKey trusted(Bytes zPub) {
    return new SakkeKmsPublicKey(AffinePoint.decode("SAKKE KMS public key Z", zPub.toByteArray()));
  }

  AffinePoint point() {
    return point;
  }
}
