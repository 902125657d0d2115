// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto.eccsi.internal;

import java.util.Arrays;

/**
 * Precomputed multiples of one point P for scalar multiplication without doublings: window i (0 ≤ i < 52)
 * holds d·32^i·P for d = 1..16 in affine form, and [k]P = Σ d_i·32^i·P with the signed (Booth) digits
 * d_i ∈ [-16, 16] of k, so a 256-bit multiplication costs 52 mixed additions.
 *
 * <p>Security: {@link #mulConstantTime} recodes without branches, reads every entry of each window and selects
 * with masks, negates with masks, and adds with complete formulas; nothing depends on the scalar's value.
 * {@link #mulAddVartime} indexes and skips zero digits: public scalars only.
 *
 * <p>Thread safety: immutable after construction, safe to share.
 */
public final class FixedBaseTable {
  private static final int WIDTH = 5;
  static final int WINDOWS = 52;
  private static final int ENTRIES = 16;
  private static final int ENTRY_LONGS = 10;

  /** windows[i][(d - 1)·10 ..]: x (5 limbs) then y (5 limbs) of d·32^i·P. */
  private final long[][] windows;

  private FixedBaseTable(long[][] windows) {
    this.windows = windows;
  }

  /** Builds the table for P: 52·16 points, normalised to affine with one shared inversion. */
  public static FixedBaseTable of(AffinePoint p) {
    JacobianPoint[] points = new JacobianPoint[WINDOWS * ENTRIES];
    JacobianPoint base = new JacobianPoint(p);
    for (int i = 0; i < WINDOWS; i++) {
      int o = i * ENTRIES;
      points[o] = new JacobianPoint();
      points[o].set(base);
      for (int d = 1; d < ENTRIES; d++) {
        points[o + d] = new JacobianPoint();
        points[o + d].set(points[o + d - 1]);
        points[o + d].add(base);
      }
      base.set(points[o + ENTRIES - 1]);
      base.dbl(); // 32·(32^i·P)
    }
    long[][] affine = BatchNormalizer.toAffine(points);
    long[][] windows = new long[WINDOWS][ENTRIES * ENTRY_LONGS];
    for (int i = 0; i < WINDOWS; i++) {
      for (int d = 0; d < ENTRIES; d++) {
        System.arraycopy(affine[i * ENTRIES + d], 0, windows[i], d * ENTRY_LONGS, ENTRY_LONGS);
      }
    }
    return new FixedBaseTable(windows);
  }

  /** [k]P for the 32-octet big-endian k, in constant time. The caller wipes {@code k}. */
  ProjectivePoint mulConstantTime(byte[] k) {
    ProjectivePoint acc = new ProjectivePoint();
    long[] sx = new long[5];
    long[] sy = new long[5];
    long[] ny = new long[5];
    for (int i = 0; i < WINDOWS; i++) {
      int d = boothDigit(k, i);
      int sign = d >> 31;
      int abs = (d ^ sign) - sign;
      Arrays.fill(sx, 0);
      Arrays.fill(sy, 0);
      long[] w = windows[i];
      for (int e = 0; e < ENTRIES; e++) {
        long m = equalMask(abs, e + 1);
        int o = e * ENTRY_LONGS;
        for (int t = 0; t < 5; t++) {
          sx[t] |= w[o + t] & m;
          sy[t] |= w[o + 5 + t] & m;
        }
      }
      P256Field.neg(ny, sy);
      P256Field.cmov(sy, ny, sign);
      acc.addAffineMasked(sx, sy, ~equalMask(abs, 0));
    }
    Arrays.fill(sx, 0);
    Arrays.fill(sy, 0);
    Arrays.fill(ny, 0);
    return acc;
  }

  /** acc = acc + [k]P for a public 32-octet big-endian k. */
  void mulAddVartime(JacobianPoint acc, byte[] k) {
    long[] x = new long[5];
    long[] y = new long[5];
    for (int i = 0; i < WINDOWS; i++) {
      int d = boothDigit(k, i);
      if (d == 0) {
        continue;
      }
      long[] w = windows[i];
      int o = (Math.abs(d) - 1) * ENTRY_LONGS;
      System.arraycopy(w, o, x, 0, 5);
      System.arraycopy(w, o + 5, y, 0, 5);
      if (d < 0) {
        P256Field.neg(y, y);
      }
      acc.addAffine(x, y);
    }
  }

  /**
   * Booth digit i of k: with bits b_(5i-1) .. b_(5i+4) (b_(-1) = 0), d = b_(5i-1) + b_(5i) + 2b_(5i+1)
   * + 4b_(5i+2) + 8b_(5i+3) - 16b_(5i+4), so that k = Σ d_i·32^i. Branch-free in the scalar's bits.
   */
  static int boothDigit(byte[] k, int i) {
    int w = bits(k, WIDTH * i - 1, WIDTH + 1);
    return ((w + (w & 1)) >> 1) - ((w >> WIDTH) << WIDTH);
  }

  /** Bits [pos, pos + n) of the big-endian 256-bit integer k; bits outside [0, 256) are 0. */
  static int bits(byte[] k, int pos, int n) {
    int v = 0;
    for (int t = 0; t < n; t++) {
      int i = pos + t;
      if (i >= 0 && i < 256) { // i is a public position, not a secret value
        v |= ((k[31 - (i >>> 3)] >>> (i & 7)) & 1) << t;
      }
    }
    return v;
  }

  private static long equalMask(int a, int b) {
    return ((long) (a ^ b) - 1) >> 63;
  }
}
