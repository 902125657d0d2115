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
 * <p>Size: {@code ceil(1023/w)·2^(w−1)} points of 320 octets; w = 8: 16384 points, 5 MiB.
 *
 * <p>Thread safety: immutable, safe to share.
 */
public final class FixedBaseTable {
  private static final MontgomeryField F = ParameterSet1.FP;
  private static final int ENTRY = 2 * LIMBS;

  private final OddDigits digits;
  private final int entries;
  private final long[] data;

  private FixedBaseTable(OddDigits digits, long[] data) {
    this.digits = digits;
    this.entries = 1 << (digits.width() - 1);
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
    long[] data = new long[windows * entries * ENTRY];
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
        int off = (i * entries + j) * ENTRY;
        F.reduce(cur.x[i], cur.x[i]);
        F.reduce(cur.y[i], cur.y[i]);
        System.arraycopy(cur.x[i], 0, data, off, LIMBS);
        System.arraycopy(cur.y[i], 0, data, off + LIMBS, LIMBS);
      }
    }
    return new FixedBaseTable(digits, data);
  }

  /** Window width w in bits. */
  public int width() {
    return digits.width();
  }

  /**
   * {@code acc = [k]B}, or {@code acc += [k]B} if {@code accumulate}, for a canonical scalar {@code 0 < k < q}
   * (plain limbs). Branch-free in k; an exceptional addition (negligible for a random k) leaves
   * {@code acc.z ≡ 0}, which the caller checks once at the end.
   */
  public void multiply(JacobianPoint acc, long[] k, boolean accumulate) {
    long[] e = digits.recode(k);
    long[] px = new long[LIMBS];
    long[] py = new long[LIMBS];
    long[] ny = new long[LIMBS];
    for (int i = 0; i < digits.windows(); i++) {
      int digit = digits.digit(e, i);
      int want = digits.index(digit);
      long negative = digits.negativeMask(digit);
      lookup(px, py, i, want);
      F.neg(ny, py);
      MontgomeryField.select(py, py, ny, negative);
      if (i == 0 && !accumulate) {
        acc.setAffine(px, py);
      } else {
        acc.addAffine(px, py);
      }
    }
    java.util.Arrays.fill(e, 0);
    java.util.Arrays.fill(px, 0);
    java.util.Arrays.fill(py, 0);
    java.util.Arrays.fill(ny, 0);
  }

  /** Entry {@code want} of window {@code i}, reading every entry of the window. */
  private void lookup(long[] px, long[] py, int i, int want) {
    java.util.Arrays.fill(px, 0);
    java.util.Arrays.fill(py, 0);
    int base = i * entries * ENTRY;
    for (int j = 0; j < entries; j++) {
      long mask = ((long) (j ^ want) - 1) >> 63;
      int off = base + j * ENTRY;
      for (int l = 0; l < LIMBS; l++) {
        px[l] |= data[off + l] & mask;
        py[l] |= data[off + LIMBS + l] & mask;
      }
    }
  }
}
