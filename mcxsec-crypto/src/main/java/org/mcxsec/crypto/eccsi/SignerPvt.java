// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto.eccsi;

import org.mcxsec.crypto.eccsi.internal.AffinePoint;
import org.mcxsec.crypto.eccsi.internal.FixedBaseTable;
import org.mcxsec.crypto.eccsi.internal.P256;

/**
 * What a verifier remembers about one (KPAK, ID, PVT) after a signature with that PVT verified: the decoded
 * PVT, HS, and — from the second use on — a fixed-base table of Y = [HS]PVT + KPAK (RFC 6507 §5.2.2 step 4),
 * which turns step 5 into two table look-up sums without doublings.
 *
 * <p>Thread safety: the table is built at most a few times under contention and published through a volatile
 * field; every version is equal.
 */
final class SignerPvt {
  final AffinePoint pvt;
  final byte[] hs;
  private volatile FixedBaseTable yTable;
  private volatile boolean yAtInfinity;

  SignerPvt(AffinePoint pvt, byte[] hs) {
    this.pvt = pvt;
    this.hs = hs;
  }

  /** The table of Y, built on first request; null if Y is the point at infinity. */
  FixedBaseTable yTable(AffinePoint kpak) {
    FixedBaseTable t = yTable;
    if (t == null && !yAtInfinity) {
      AffinePoint y = P256.mulAddVartime(hs, pvt, kpak);
      if (y == null) {
        yAtInfinity = true;
        return null;
      }
      t = FixedBaseTable.of(y);
      yTable = t;
    }
    return t;
  }
}
