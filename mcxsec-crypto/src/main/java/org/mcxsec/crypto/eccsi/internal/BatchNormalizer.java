// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto.eccsi.internal;

/**
 * Converts many Jacobian points to affine form with one field inversion (Montgomery's trick: invert the product
 * of all Z, then peel off each Z^-1 with two multiplications). Public values only.
 */
final class BatchNormalizer {
  private BatchNormalizer() {}

  /** For each (non-infinity) point, {x limbs 0..4, y limbs 0..4} in Montgomery form. */
  static long[][] toAffine(JacobianPoint[] points) {
    int n = points.length;
    long[][] prefix = new long[n][5];
    P256Field.copy(prefix[0], points[0].z);
    for (int i = 1; i < n; i++) {
      P256Field.mul(prefix[i], prefix[i - 1], points[i].z);
    }
    long[] inv = new long[5];
    P256Field.invert(inv, prefix[n - 1]);
    long[][] out = new long[n][10];
    long[] zInv = new long[5];
    long[] zInv2 = new long[5];
    long[] t = new long[5];
    for (int i = n - 1; i >= 0; i--) {
      if (i > 0) {
        P256Field.mul(zInv, inv, prefix[i - 1]);
        P256Field.mul(inv, inv, points[i].z);
      } else {
        P256Field.copy(zInv, inv);
      }
      P256Field.sqr(zInv2, zInv);
      P256Field.mul(t, points[i].x, zInv2);
      System.arraycopy(t, 0, out[i], 0, 5);
      P256Field.mul(zInv2, zInv2, zInv);
      P256Field.mul(t, points[i].y, zInv2);
      System.arraycopy(t, 0, out[i], 5, 5);
    }
    return out;
  }
}
