// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto.sakke.internal;

import static org.mcxsec.crypto.sakke.internal.MontgomeryField.LIMBS;

/**
 * Many affine points processed in step, sharing one field inversion per step (Montgomery's trick): how the
 * fixed-base tables are built from public points. Variable time; not for secrets.
 *
 * <p>Thread safety: not thread-safe.
 */
final class AffineBatch {
  private static final MontgomeryField F = ParameterSet1.FP;
  private static final long[] NO_BLIND = MontgomeryField.limbs(java.math.BigInteger.ONE);

  final long[][] x;
  final long[][] y;

  private AffineBatch(long[][] x, long[][] y) {
    this.x = x;
    this.y = y;
  }

  /** The affine forms of the Jacobian points {@code (xs[i] : ys[i] : zs[i])}; {@code zs} is overwritten. */
  static AffineBatch fromJacobian(long[][] xs, long[][] ys, long[][] zs) {
    int n = xs.length;
    invertAll(zs);
    long[][] ax = new long[n][LIMBS];
    long[][] ay = new long[n][LIMBS];
    long[] t = new long[LIMBS];
    for (int i = 0; i < n; i++) {
      F.sqr(t, zs[i]);
      F.mul(ax[i], xs[i], t);
      F.mul(t, t, zs[i]);
      F.mul(ay[i], ys[i], t);
    }
    return new AffineBatch(ax, ay);
  }

  /** {@code [2]P_i} for every point: λ = 3(x² − 1)/(2y), x' = λ² − 2x, y' = λ(x − x') − y. */
  AffineBatch doubled() {
    int n = x.length;
    long[][] den = new long[n][LIMBS];
    for (int i = 0; i < n; i++) {
      F.add(den[i], y[i], y[i]);
    }
    invertAll(den);
    long[][] rx = new long[n][LIMBS];
    long[][] ry = new long[n][LIMBS];
    long[] lambda = new long[LIMBS];
    long[] t = new long[LIMBS];
    for (int i = 0; i < n; i++) {
      F.sqr(t, x[i]);
      F.sub(t, t, F.one());
      F.add(lambda, t, t);
      F.add(lambda, lambda, t);
      F.mul(lambda, lambda, den[i]);
      finish(rx[i], ry[i], lambda, x[i], y[i], x[i]);
    }
    return new AffineBatch(rx, ry);
  }

  /** {@code P_i + O_i} for every i, the two never equal or opposite: λ = (y_o − y)/(x_o − x). */
  AffineBatch plus(AffineBatch o) {
    int n = x.length;
    long[][] den = new long[n][LIMBS];
    for (int i = 0; i < n; i++) {
      F.sub(den[i], o.x[i], x[i]);
    }
    invertAll(den);
    long[][] rx = new long[n][LIMBS];
    long[][] ry = new long[n][LIMBS];
    long[] lambda = new long[LIMBS];
    for (int i = 0; i < n; i++) {
      F.sub(lambda, o.y[i], y[i]);
      F.mul(lambda, lambda, den[i]);
      finish(rx[i], ry[i], lambda, x[i], y[i], o.x[i]);
    }
    return new AffineBatch(rx, ry);
  }

  /** {@code x3 = λ² − x1 − x2}, {@code y3 = λ(x1 − x3) − y1}. */
  private static void finish(long[] x3, long[] y3, long[] lambda, long[] x1, long[] y1, long[] x2) {
    F.sqr(x3, lambda);
    F.sub(x3, x3, x1);
    F.sub(x3, x3, x2);
    F.sub(y3, x1, x3);
    F.mul(y3, y3, lambda);
    F.sub(y3, y3, y1);
  }

  private static void invertAll(long[][] values) {
    if (!F.invertAll(values, values.length, NO_BLIND)) {
      throw new IllegalArgumentException("a table point is at infinity: the base point does not have order q");
    }
  }
}
