// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto.sakke.internal;

import static org.mcxsec.crypto.sakke.internal.MontgomeryField.LIMBS;

/**
 * The sum of many affine points, as fixed-base multiplications produce them: while there are many, rounds add
 * them in pairs in affine coordinates, all pairs of a round sharing one blinded inversion (6 products per
 * addition instead of 11 for a mixed addition); the last few are added in Jacobian coordinates.
 *
 * <p>No branch depends on the points. An exceptional pair (equal or opposite points, negligible for hashed
 * scalars) makes the shared inversion fail; {@link #sum} then reports the result as the point at infinity
 * ({@code Z = 0}), like {@link JacobianPoint#addAffine}, and the caller falls back to the general formulas.
 *
 * <p>Thread safety: not thread-safe; one instance per operation.
 */
public final class AffineSum {
  private static final MontgomeryField F = ParameterSet1.FP;
  /**
   * A round of pairwise affine additions saves 5 products per pair over mixed additions and costs one inversion
   * (about 100 products): worth it down to about 20 pairs.
   */
  private static final int MIN_AFFINE_PAIRS = 24;

  private final long[][] x;
  private final long[][] y;
  private int count;

  /** Room for {@code capacity} points. */
  public AffineSum(int capacity) {
    x = new long[capacity][LIMBS];
    y = new long[capacity][LIMBS];
  }

  /** Slots for the next point, filled by the caller: {@code x()[index]}, {@code y()[index]}. */
  int append() {
    return count++;
  }

  long[] x(int i) {
    return x[i];
  }

  long[] y(int i) {
    return y[i];
  }

  /** The sum of the points appended, {@code Z ≡ 0} if an addition was exceptional; the points are consumed. */
  public JacobianPoint sum(long[] blind) {
    JacobianPoint acc = new JacobianPoint();
    long[] lambda = new long[LIMBS];
    long[] t = new long[LIMBS];
    while (count / 2 >= MIN_AFFINE_PAIRS) {
      int pairs = count / 2;
      long[][] den = new long[pairs][LIMBS];
      for (int i = 0; i < pairs; i++) {
        F.sub(den[i], x[2 * i + 1], x[2 * i]);
      }
      if (!F.invertAll(den, pairs, blind)) {
        acc.setInfinity();
        return acc;
      }
      for (int i = 0; i < pairs; i++) {
        long[] x1 = x[2 * i];
        long[] y1 = y[2 * i];
        F.sub(lambda, y[2 * i + 1], y1);
        F.mul(lambda, lambda, den[i]); // λ = (y2 − y1)/(x2 − x1)
        F.sqr(t, lambda);
        F.sub(t, t, x1);
        F.sub(t, t, x[2 * i + 1]); // x3 = λ² − x1 − x2
        F.sub(x1, x1, t);
        F.mul(x1, x1, lambda);
        F.sub(y[i], x1, y1); // y3 = λ(x1 − x3) − y1
        System.arraycopy(t, 0, x[i], 0, LIMBS);
      }
      if ((count & 1) == 1) {
        System.arraycopy(x[count - 1], 0, x[pairs], 0, LIMBS);
        System.arraycopy(y[count - 1], 0, y[pairs], 0, LIMBS);
      }
      count = pairs + (count & 1);
    }
    acc.setAffine(x[0], y[0]);
    for (int i = 1; i < count; i++) {
      acc.addAffine(x[i], y[i]);
    }
    return acc;
  }

  /** Overwrites the points with zeros. */
  public void destroy() {
    for (int i = 0; i < x.length; i++) {
      java.util.Arrays.fill(x[i], 0);
      java.util.Arrays.fill(y[i], 0);
    }
    count = 0;
  }
}
