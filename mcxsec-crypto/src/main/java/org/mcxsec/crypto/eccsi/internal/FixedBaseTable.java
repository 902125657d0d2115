// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto.eccsi.internal;

import java.util.Arrays;

/**
 * Precomputed multiples of one point P for scalar multiplication without doublings. With window width w, window
 * i holds d·2^(wi)·P for d = 1..2^(w-1) in affine form, and [k]P = Σ d_i·2^(wi)·P with the signed (Booth)
 * digits d_i ∈ [-2^(w-1), 2^(w-1)] of k: a 256-bit multiplication costs ⌈257/w⌉ mixed additions (52 for w = 5).
 *
 * <p>Security: {@link #mulConstantTime} recodes without branches, reads every entry of each window and selects
 * with masks, negates with masks, and adds with complete formulas; nothing depends on the scalar's value.
 * {@link #mulAddVartime} indexes and skips zero digits: public scalars only.
 *
 * <p>Thread safety: immutable after construction, safe to share.
 */
public final class FixedBaseTable {
  /** Width of per-signer tables: 52 additions, 16 entries per window, about 66 KB. */
  public static final int DEFAULT_WIDTH = 5;
  private static final int ENTRY_LONGS = 10;

  private final int width;
  private final int entries;
  /** windows[i][(d - 1)·10 ..]: x (5 limbs) then y (5 limbs) of d·2^(wi)·P. */
  private final long[][] windows;

  private FixedBaseTable(int width, long[][] windows) {
    this.width = width;
    this.entries = 1 << (width - 1);
    this.windows = windows;
  }

  /** The table of width {@value #DEFAULT_WIDTH} for P. */
  public static FixedBaseTable of(AffinePoint p) {
    return of(p, DEFAULT_WIDTH);
  }

  /** Builds the table of the given width (2..8) for P, normalised to affine with one shared inversion. */
  public static FixedBaseTable of(AffinePoint p, int width) {
    if (width < 2 || width > 8) {
      throw new IllegalArgumentException("window width " + width + " is outside [2, 8]");
    }
    int windowCount = windowCount(width);
    int entries = 1 << (width - 1);
    JacobianPoint[] points = new JacobianPoint[windowCount * entries];
    JacobianPoint base = new JacobianPoint(p);
    for (int i = 0; i < windowCount; i++) {
      int o = i * entries;
      points[o] = new JacobianPoint();
      points[o].set(base);
      for (int d = 1; d < entries; d++) {
        points[o + d] = new JacobianPoint();
        points[o + d].set(points[o + d - 1]);
        points[o + d].add(base);
      }
      base.set(points[o + entries - 1]);
      base.dbl(); // 2^w·(2^(wi)·P)
    }
    long[][] affine = BatchNormalizer.toAffine(points);
    long[][] windows = new long[windowCount][entries * ENTRY_LONGS];
    for (int i = 0; i < windowCount; i++) {
      for (int d = 0; d < entries; d++) {
        System.arraycopy(affine[i * entries + d], 0, windows[i], d * ENTRY_LONGS, ENTRY_LONGS);
      }
    }
    return new FixedBaseTable(width, windows);
  }

  /** Windows needed for scalars below 2^256 (the top Booth digit reads bit 256 as 0). */
  static int windowCount(int width) {
    return (256 + width) / width;
  }

  /** [k]P for the 32-octet big-endian k, in constant time. The caller wipes {@code k}. */
  ProjectivePoint mulConstantTime(byte[] k) {
    ProjectivePoint acc = new ProjectivePoint();
    long[] sx = new long[5];
    long[] sy = new long[5];
    long[] ny = new long[5];
    for (int i = 0; i < windows.length; i++) {
      int d = boothDigit(k, i, width);
      int sign = d >> 31;
      int abs = (d ^ sign) - sign;
      Arrays.fill(sx, 0);
      Arrays.fill(sy, 0);
      long[] w = windows[i];
      for (int e = 0; e < entries; e++) {
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
    for (int i = 0; i < windows.length; i++) {
      int d = boothDigit(k, i, width);
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
   * Booth digit i of k for width w: with bits b_(wi-1) .. b_(wi+w-1) (b_(-1) = 0), d = b_(wi-1) + Σ_(t<w-1)
   * 2^t·b_(wi+t) - 2^(w-1)·b_(wi+w-1), so that k = Σ d_i·2^(wi). Branch-free in the scalar's bits.
   */
  static int boothDigit(byte[] k, int i, int width) {
    int w = bits(k, width * i - 1, width + 1);
    return ((w + (w & 1)) >> 1) - ((w >> width) << width);
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
