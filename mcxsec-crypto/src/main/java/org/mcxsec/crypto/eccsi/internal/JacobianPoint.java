// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto.eccsi.internal;

/**
 * A P-256 point in Jacobian coordinates (X, Y, Z), x = X/Z², y = Y/Z³, for variable-time arithmetic on public
 * values (verification, table set-up). The point at infinity is a flag.
 *
 * <p>Formulas from the Explicit-Formulas Database for short Weierstrass curves with a = -3: "dbl-2001-b"
 * (3M + 5S), "madd-2007-bl" (7M + 4S), "add-2007-bl" (11M + 5S). Equal and opposite operands are detected and
 * handled by branches, which is why this class must only see public values.
 *
 * <p>Not thread-safe: holds scratch space.
 */
public final class JacobianPoint {
  final long[] x = new long[5];
  final long[] y = new long[5];
  final long[] z = new long[5];
  boolean infinity = true;
  private final long[] t0 = new long[5];
  private final long[] t1 = new long[5];
  private final long[] t2 = new long[5];
  private final long[] t3 = new long[5];
  private final long[] t4 = new long[5];
  private final long[] t5 = new long[5];
  private final long[] t6 = new long[5];

  public JacobianPoint() {}

  JacobianPoint(AffinePoint p) {
    set(p.x, p.y);
  }

  void setInfinity() {
    infinity = true;
  }

  void set(long[] ax, long[] ay) {
    P256Field.copy(x, ax);
    P256Field.copy(y, ay);
    P256Field.setOne(z);
    infinity = false;
  }

  void set(JacobianPoint p) {
    P256Field.copy(x, p.x);
    P256Field.copy(y, p.y);
    P256Field.copy(z, p.z);
    infinity = p.infinity;
  }

  /** this = 2·this ("dbl-2001-b"). */
  void dbl() {
    if (infinity) {
      return;
    }
    long[] delta = t0;
    long[] gamma = t1;
    long[] beta = t2;
    long[] alpha = t3;
    P256Field.sqr(delta, z);
    P256Field.sqr(gamma, y);
    P256Field.mul(beta, x, gamma);
    P256Field.sub(t4, x, delta);
    P256Field.addLazy(t5, x, delta);
    P256Field.mul(t4, t4, t5);
    P256Field.mulSmall(alpha, t4, 3);
    // Z3 = (Y1 + Z1)² - gamma - delta
    P256Field.addLazy(t4, y, z);
    P256Field.sqr(t4, t4);
    P256Field.sub(t4, t4, gamma);
    P256Field.sub(z, t4, delta);
    // X3 = alpha² - 8·beta
    P256Field.sqr(t4, alpha);
    P256Field.mulSmall(t5, beta, 8);
    P256Field.sub(x, t4, t5);
    // Y3 = alpha·(4·beta - X3) - 8·gamma²
    P256Field.mulSmall(t4, beta, 4);
    P256Field.sub(t4, t4, x);
    P256Field.mul(t4, alpha, t4);
    P256Field.sqr(t5, gamma);
    P256Field.mulSmall(t5, t5, 8);
    P256Field.sub(y, t4, t5);
  }

  /** this = this + (x2, y2) for an affine curve point ("madd-2007-bl"). */
  void addAffine(long[] x2, long[] y2) {
    if (infinity) {
      set(x2, y2);
      return;
    }
    long[] z1z1 = t0;
    long[] h = t1;
    long[] r = t2;
    P256Field.sqr(z1z1, z);
    P256Field.mul(t3, x2, z1z1); // U2
    P256Field.mul(t4, y2, z);
    P256Field.mul(t4, t4, z1z1); // S2
    P256Field.sub(h, t3, x);
    P256Field.sub(r, t4, y);
    if (P256Field.isZero(h)) {
      if (P256Field.isZero(r)) {
        dbl();
      } else {
        infinity = true;
      }
      return;
    }
    P256Field.addLazy(r, r, r);
    long[] hh = t3;
    long[] i = t4;
    long[] j = t5;
    long[] v = t6;
    P256Field.sqr(hh, h);
    P256Field.mulSmall(i, hh, 4);
    P256Field.mul(j, h, i);
    P256Field.mul(v, x, i);
    // Z3 = (Z1 + H)² - Z1Z1 - HH
    P256Field.addLazy(z, z, h);
    P256Field.sqr(z, z);
    P256Field.sub(z, z, z1z1);
    P256Field.sub(z, z, hh);
    // X3 = r² - J - 2·V
    P256Field.sqr(x, r);
    P256Field.sub(x, x, j);
    P256Field.sub(x, x, v);
    P256Field.sub(x, x, v);
    // Y3 = r·(V - X3) - 2·Y1·J
    P256Field.mul(j, y, j);
    P256Field.add(j, j, j);
    P256Field.sub(v, v, x);
    P256Field.mul(v, r, v);
    P256Field.sub(y, v, j);
  }

  /** this = this + q ("add-2007-bl"); q may be this. */
  void add(JacobianPoint q) {
    if (q.infinity) {
      return;
    }
    if (infinity) {
      set(q);
      return;
    }
    if (q == this) {
      dbl();
      return;
    }
    long[] z1z1 = t0;
    long[] z2z2 = t1;
    long[] u1 = t2;
    long[] s1 = t3;
    long[] h = t4;
    long[] r = t5;
    P256Field.sqr(z1z1, z);
    P256Field.sqr(z2z2, q.z);
    P256Field.mul(u1, x, z2z2);
    P256Field.mul(h, q.x, z1z1); // U2
    P256Field.mul(s1, y, q.z);
    P256Field.mul(s1, s1, z2z2);
    P256Field.mul(r, q.y, z);
    P256Field.mul(r, r, z1z1); // S2
    P256Field.sub(h, h, u1);
    P256Field.sub(r, r, s1);
    if (P256Field.isZero(h)) {
      if (P256Field.isZero(r)) {
        dbl();
      } else {
        infinity = true;
      }
      return;
    }
    P256Field.addLazy(r, r, r);
    // Z3 = ((Z1 + Z2)² - Z1Z1 - Z2Z2)·H
    P256Field.addLazy(z, z, q.z);
    P256Field.sqr(z, z);
    P256Field.sub(z, z, z1z1);
    P256Field.sub(z, z, z2z2);
    P256Field.mul(z, z, h);
    long[] i = z1z1;
    long[] j = z2z2;
    long[] v = t6;
    P256Field.addLazy(i, h, h);
    P256Field.sqr(i, i);
    P256Field.mul(j, h, i);
    P256Field.mul(v, u1, i);
    // X3 = r² - J - 2·V
    P256Field.sqr(x, r);
    P256Field.sub(x, x, j);
    P256Field.sub(x, x, v);
    P256Field.sub(x, x, v);
    // Y3 = r·(V - X3) - 2·S1·J
    P256Field.mul(j, s1, j);
    P256Field.add(j, j, j);
    P256Field.sub(v, v, x);
    P256Field.mul(v, r, v);
    P256Field.sub(y, v, j);
  }

  /** this = -this. */
  void negate() {
    P256Field.neg(y, y);
  }

  public boolean isInfinity() {
    return infinity;
  }

  /** Whether this is not infinity and its affine x equals {@code ax} (Montgomery form): X = ax·Z². */
  boolean hasAffineX(long[] ax) {
    if (infinity) {
      return false;
    }
    P256Field.sqr(t0, z);
    P256Field.mul(t0, t0, ax);
    return P256Field.equal(t0, x);
  }

  /** The affine point; the caller guarantees this is not the point at infinity. */
  AffinePoint toAffine() {
    long[] zInv = new long[5];
    long[] zInv2 = new long[5];
    P256Field.invert(zInv, z);
    P256Field.sqr(zInv2, zInv);
    long[] ax = new long[5];
    long[] ay = new long[5];
    P256Field.mul(ax, x, zInv2);
    P256Field.mul(zInv2, zInv2, zInv);
    P256Field.mul(ay, y, zInv2);
    return new AffinePoint(ax, ay);
  }
}
