// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto.sakke.internal;

import static org.mcxsec.crypto.sakke.internal.MontgomeryField.LIMBS;

/**
 * A mutable point of {@code E: y² = x³ − 3x} over F_p in Jacobian coordinates {@code (X : Y : Z)}, affine
 * {@code (X/Z², Y/Z³)}, coordinates in Montgomery form; {@code Z ≡ 0} is the point at infinity. It carries its own
 * scratch space, so a scalar multiplication allocates nothing per step.
 *
 * <p>{@link #addAffine} and {@link #dbl} are the branch-free formulas used on secret scalars; they do not handle
 * the exceptional cases (equal or opposite operands, infinity) but then leave {@code Z ≡ 0}, which stays zero
 * through every later step, so one check of the final Z detects them. {@link #add} handles every case, with
 * branches, for public values.
 *
 * <p>Thread safety: not thread-safe; confine each instance to one thread.
 */
public final class JacobianPoint {
  private static final MontgomeryField F = ParameterSet1.FP;

  final long[] x = new long[LIMBS];
  final long[] y = new long[LIMBS];
  final long[] z = new long[LIMBS];
  private final long[] t0 = new long[LIMBS];
  private final long[] t1 = new long[LIMBS];
  private final long[] t2 = new long[LIMBS];
  private final long[] t3 = new long[LIMBS];
  private final long[] t4 = new long[LIMBS];
  private final long[] t5 = new long[LIMBS];
  private final long[] t6 = new long[LIMBS];

  /** The point at infinity. */
  public JacobianPoint() {}

  /** The affine point {@code (ax, ay)} (Montgomery form). */
  public static JacobianPoint ofAffine(long[] ax, long[] ay) {
    JacobianPoint p = new JacobianPoint();
    p.setAffine(ax, ay);
    return p;
  }

  public void setAffine(long[] ax, long[] ay) {
    System.arraycopy(ax, 0, x, 0, LIMBS);
    System.arraycopy(ay, 0, y, 0, LIMBS);
    System.arraycopy(F.one(), 0, z, 0, LIMBS);
  }

  public void set(JacobianPoint o) {
    System.arraycopy(o.x, 0, x, 0, LIMBS);
    System.arraycopy(o.y, 0, y, 0, LIMBS);
    System.arraycopy(o.z, 0, z, 0, LIMBS);
  }

  public void setInfinity() {
    java.util.Arrays.fill(x, 0);
    java.util.Arrays.fill(y, 0);
    java.util.Arrays.fill(z, 0);
    x[0] = 1;
    y[0] = 1;
  }

  public boolean isInfinity() {
    return F.isZero(z);
  }

  /**
   * {@code this += (x2, y2)} (affine, Montgomery form): madd-2007-bl, 7M + 4S. Leaves {@code Z ≡ 0} if the operands
   * are equal or opposite or {@code this} is at infinity.
   */
  public void addAffine(long[] x2, long[] y2) {
    long[] z1z1 = t0, h = t1, hh = t2, i = t3, j = t4, r = t5, v = t6;
    F.sqr(z1z1, z); // Z1Z1 = Z1²
    F.mul(h, x2, z1z1); // U2 = X2·Z1Z1
    F.sub(h, h, x); // H = U2 − X1
    F.mul(r, y2, z);
    F.mul(r, r, z1z1); // S2 = Y2·Z1·Z1Z1
    F.sub(r, r, y);
    F.add(r, r, r); // r = 2·(S2 − Y1)
    F.sqr(hh, h); // HH = H²
    F.add(i, hh, hh);
    F.add(i, i, i); // I = 4·HH
    F.mul(j, h, i); // J = H·I
    F.mul(v, x, i); // V = X1·I
    F.mul(z, z, h);
    F.add(z, z, z); // Z3 = 2·Z1·H  (= (Z1 + H)² − Z1Z1 − HH)
    F.sqr(x, r);
    F.sub(x, x, j);
    F.sub(x, x, v);
    F.sub(x, x, v); // X3 = r² − J − 2·V
    F.mul(j, y, j);
    F.add(j, j, j); // 2·Y1·J
    F.sub(v, v, x);
    F.mul(v, r, v);
    F.sub(y, v, j); // Y3 = r·(V − X3) − 2·Y1·J
  }

  /** {@code this = [2]this}: dbl-2001-b for a = −3, 3M + 5S. Infinity and points of order 2 give {@code Z ≡ 0}. */
  public void dbl() {
    long[] delta = t0, gamma = t1, beta = t2, alpha = t3, u = t4;
    F.sqr(delta, z); // delta = Z1²
    F.sqr(gamma, y); // gamma = Y1²
    F.mul(beta, x, gamma); // beta = X1·gamma
    F.sub(alpha, x, delta);
    F.add(u, x, delta);
    F.mul(alpha, alpha, u);
    F.add(u, alpha, alpha);
    F.add(alpha, alpha, u); // alpha = 3·(X1 − delta)·(X1 + delta)
    F.mul(z, y, z);
    F.add(z, z, z); // Z3 = 2·Y1·Z1  (= (Y1 + Z1)² − gamma − delta)
    F.add(beta, beta, beta);
    F.add(beta, beta, beta); // 4·beta
    F.sqr(x, alpha);
    F.sub(x, x, beta);
    F.sub(x, x, beta); // X3 = alpha² − 8·beta
    F.sub(beta, beta, x);
    F.mul(beta, alpha, beta); // alpha·(4·beta − X3)
    F.sqr(gamma, gamma);
    F.add(gamma, gamma, gamma);
    F.add(gamma, gamma, gamma);
    F.add(gamma, gamma, gamma); // 8·gamma²
    F.sub(y, beta, gamma); // Y3 = alpha·(4·beta − X3) − 8·gamma²
  }

  /** {@code this += o}, every case handled (variable time: for public values and rare fallbacks). */
  public void add(JacobianPoint o) {
    if (o.isInfinity()) {
      return;
    }
    if (isInfinity()) {
      set(o);
      return;
    }
    long[] z1z1 = t0, z2z2 = t1, u1 = t2, h = t3, s1 = t4, r = t5, w = t6;
    F.sqr(z1z1, z);
    F.sqr(z2z2, o.z);
    F.mul(u1, x, z2z2); // U1 = X1·Z2²
    F.mul(h, o.x, z1z1);
    F.sub(h, h, u1); // H = X2·Z1² − U1
    F.mul(s1, y, o.z);
    F.mul(s1, s1, z2z2); // S1 = Y1·Z2³
    F.mul(r, o.y, z);
    F.mul(r, r, z1z1);
    F.sub(r, r, s1); // r = Y2·Z1³ − S1
    if (F.isZero(h)) {
      if (F.isZero(r)) {
        dbl();
      } else {
        setInfinity();
      }
      return;
    }
    F.mul(z, z, o.z);
    F.mul(z, z, h); // Z3 = Z1·Z2·H
    F.sqr(w, h); // HH
    F.mul(u1, u1, w); // V = U1·HH
    F.mul(w, w, h); // HHH
    F.sqr(x, r);
    F.sub(x, x, w);
    F.sub(x, x, u1);
    F.sub(x, x, u1); // X3 = r² − HHH − 2·V
    F.mul(s1, s1, w); // S1·HHH
    F.sub(u1, u1, x);
    F.mul(u1, r, u1);
    F.sub(y, u1, s1); // Y3 = r·(V − X3) − S1·HHH
  }

  /**
   * Writes the affine coordinates (Montgomery form) into {@code ax, ay}, inverting Z blinded by {@code blind}.
   *
   * @return {@code false} at infinity
   */
  public boolean toAffine(long[] ax, long[] ay, long[] blind) {
    long[] zi = new long[LIMBS];
    if (!F.invert(zi, z, blind)) {
      return false;
    }
    toAffineWithInverse(ax, ay, zi);
    return true;
  }

  /** Writes the affine coordinates given {@code zi = 1/Z} (Montgomery form). */
  public void toAffineWithInverse(long[] ax, long[] ay, long[] zi) {
    long[] zi2 = new long[LIMBS];
    F.sqr(zi2, zi);
    F.mul(ax, x, zi2);
    F.mul(zi2, zi2, zi);
    F.mul(ay, y, zi2);
  }

  /** Overwrites coordinates and scratch space with zeros (after work on secrets); the point is then at infinity. */
  public void destroy() {
    for (long[] a : new long[][] {x, y, z, t0, t1, t2, t3, t4, t5, t6}) {
      java.util.Arrays.fill(a, 0);
    }
  }

  /** Whether this equals the affine point {@code (ax, ay)}, without an inversion: X = ax·Z², Y = ay·Z³, Z ≠ 0. */
  public boolean equalsAffine(long[] ax, long[] ay) {
    long[] zz = new long[LIMBS];
    long[] t = new long[LIMBS];
    F.sqr(zz, z);
    F.mul(t, ax, zz);
    boolean sameX = F.equal(t, x);
    F.mul(zz, zz, z);
    F.mul(t, ay, zz);
    boolean sameY = F.equal(t, y);
    return sameX & sameY & !isInfinity();
  }
}
