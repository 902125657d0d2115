// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto.sakke.internal;

import static org.mcxsec.crypto.sakke.internal.MontgomeryField.LIMBS;

/**
 * Fixed-base multiples of one point B of order q, for {@code [k]B} with no doublings and one mixed addition per
 * w bits of k.
 *
 * <p>Window i holds the affine points {@code [(2j + 1)·2^(w·i)]B} for {@code 0 ≤ j < 2^(w−1)}. A scalar is
 * recoded into odd signed digits (see {@link OddDigits}), one per window, so every window contributes exactly one
 * table point, negated for a negative digit: there is no zero digit, no point at infinity and no branch on the
 * scalar. Each lookup reads the whole window and keeps the wanted entry with a mask.
 *
 * <p>Size: {@code ceil(1023/w)·2^(w−1)} points of 256 octets; w = 7: 9408 points, 2.4 MiB.
 *
 * <p>Thread safety: immutable, safe to share.
 */
public final class FixedBaseTable {
  private static final MontgomeryField F = ParameterSet1.FP;
  private final OddDigits digits;
  private final PackedWindows data;

  private FixedBaseTable(OddDigits digits, PackedWindows data) {
    this.digits = digits;
    this.data = data;
  }

  /**
   * Builds the table of {@code base}, which must have order q.
   *
   * @throws IllegalArgumentException if a table point turns out to be at infinity (base not of order q)
   */
  public static FixedBaseTable build(AffinePoint base, int width) {
    OddDigits digits = new OddDigits(width);
    int windows = digits.windows();
    int entries = 1 << (width - 1);
    PackedWindows data = new PackedWindows(windows, entries, 2);
    // 1. B_i = [2^(w·i)]B, in Jacobian coordinates, then all made affine with one inversion.
    long[][] bx = new long[windows][];
    long[][] by = new long[windows][];
    long[][] bz = new long[windows][];
    JacobianPoint acc = base.toJacobian();
    for (int i = 0; i < windows; i++) {
      if (i > 0) {
        for (int d = 0; d < width; d++) {
          acc.dbl();
        }
      }
      bx[i] = acc.x.clone();
      by[i] = acc.y.clone();
      bz[i] = acc.z.clone();
    }
    AffineBatch cur = AffineBatch.fromJacobian(bx, by, bz);
    // 2. D_i = [2]B_i, then the odd multiples (2j + 1)·B_i = (2j − 1)·B_i + D_i, all windows in step.
    AffineBatch twice = cur.doubled();
    for (int j = 0; j < entries; j++) {
      if (j > 0) {
        cur = cur.plus(twice);
      }
      for (int i = 0; i < windows; i++) {
        F.reduce(cur.x[i], cur.x[i]);
        F.reduce(cur.y[i], cur.y[i]);
        data.put(i, j, 0, cur.x[i]);
        data.put(i, j, 1, cur.y[i]);
      }
    }
    return new FixedBaseTable(digits, data);
  }

  /** Window width w in bits. */
  public int width() {
    return digits.width();
  }

  /** Number of points {@link #select} appends: one per window. */
  public int windows() {
    return digits.windows();
  }

  /**
   * Appends to {@code out} the {@link #windows()} table points whose sum is {@code [k]B}, for a canonical scalar
   * {@code 0 < k < q} (plain limbs). Branch-free in k; every lookup reads the whole window.
   */
  public void select(AffineSum out, long[] k) {
    long[] e = digits.recode(k);
    long[] ny = new long[LIMBS];
    long[][] xy = new long[2][];
    for (int i = 0; i < digits.windows(); i++) {
      int digit = digits.digit(e, i);
      int slot = out.append();
      long[] py = out.y(slot);
      xy[0] = out.x(slot);
      xy[1] = py;
      data.get(i, digits.index(digit), xy);
      F.neg(ny, py);
      MontgomeryField.select(py, py, ny, digits.negativeMask(digit));
    }
    java.util.Arrays.fill(e, 0);
    java.util.Arrays.fill(ny, 0);
  }
}
