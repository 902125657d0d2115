// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto.eccsi.internal;

/**
 * A P-256 point in homogeneous projective coordinates (X : Y : Z), x = X/Z, y = Y/Z, with the point at infinity
 * (0 : 1 : 0), for constant-time scalar multiplication.
 *
 * <p>Addition uses the complete mixed formula of Renes, Costello and Batina, "Complete addition formulas for
 * prime order elliptic curves" (EUROCRYPT 2016), Algorithm 5 (a = -3): correct for every input, including the
 * point at infinity and equal points, so no branch depends on the operands.
 *
 * <p>Not thread-safe: holds scratch space.
 */
final class ProjectivePoint {
  final long[] x = new long[5];
  final long[] y = new long[5];
  final long[] z = new long[5];
  private final long[] t0 = new long[5];
  private final long[] t1 = new long[5];
  private final long[] t2 = new long[5];
  private final long[] t3 = new long[5];
  private final long[] t4 = new long[5];
  private final long[] x3 = new long[5];
  private final long[] y3 = new long[5];
  private final long[] z3 = new long[5];

  ProjectivePoint() {
    setInfinity();
  }

  void setInfinity() {
    java.util.Arrays.fill(x, 0);
    P256Field.setOne(y);
    java.util.Arrays.fill(z, 0);
  }

  /**
   * this = this + (x2, y2) if {@code mask} is -1; unchanged (after the same work) if it is 0. (x2, y2) must be
   * a curve point when the mask is -1; any values are fine when it is 0.
   */
  void addAffineMasked(long[] x2, long[] y2, long mask) {
    long[] b = P256.curveB();
    // RCB 2016, Algorithm 5, steps 1-36; lazy sums where the sum only feeds products or a minuend
    P256Field.mul(t0, x, x2);
    P256Field.mul(t1, y, y2);
    P256Field.addLazy(t3, x2, y2);
    P256Field.addLazy(t4, x, y);
    P256Field.mul(t3, t3, t4);
    P256Field.add(t4, t0, t1);
    P256Field.sub(t3, t3, t4);
    P256Field.mul(t4, y2, z);
    P256Field.addLazy(t4, t4, y);
    P256Field.mul(y3, x2, z);
    P256Field.addLazy(y3, y3, x);
    P256Field.mul(z3, b, z);
    P256Field.sub(x3, y3, z3);
    P256Field.add(z3, x3, x3);
    P256Field.add(x3, x3, z3);
    P256Field.sub(z3, t1, x3);
    P256Field.addLazy(x3, t1, x3);
    P256Field.mul(y3, b, y3);
    P256Field.addLazy(t1, z, z);
    P256Field.add(t2, t1, z);
    P256Field.sub(y3, y3, t2);
    P256Field.sub(y3, y3, t0);
    P256Field.addLazy(t1, y3, y3);
    P256Field.add(y3, t1, y3);
    P256Field.addLazy(t1, t0, t0);
    P256Field.add(t0, t1, t0);
    P256Field.sub(t0, t0, t2);
    P256Field.mul(t1, t4, y3);
    P256Field.mul(t2, t0, y3);
    P256Field.mul(y3, x3, z3);
    P256Field.add(y3, y3, t2);
    P256Field.mul(x3, t3, x3);
    P256Field.sub(x3, x3, t1);
    P256Field.mul(z3, t4, z3);
    P256Field.mul(t1, t3, t0);
    P256Field.add(z3, z3, t1);
    P256Field.cmov(x, x3, mask);
    P256Field.cmov(y, y3, mask);
    P256Field.cmov(z, z3, mask);
  }

  /** The affine point; the caller guarantees this is not the point at infinity. Constant time. */
  AffinePoint toAffine() {
    long[] zInv = new long[5];
    P256Field.invert(zInv, z);
    long[] ax = new long[5];
    long[] ay = new long[5];
    P256Field.mul(ax, x, zInv);
    P256Field.mul(ay, y, zInv);
    return new AffinePoint(ax, ay);
  }

  /** Overwrites coordinates and scratch space with zeros. */
  void wipe() {
    for (long[] a : new long[][] {x, y, z, t0, t1, t2, t3, t4, x3, y3, z3}) {
      java.util.Arrays.fill(a, 0);
    }
  }
}
