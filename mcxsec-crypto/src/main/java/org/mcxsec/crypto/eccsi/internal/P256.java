// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto.eccsi.internal;

import java.math.BigInteger;

/**
 * The curve P-256, y² = x³ - 3x + b over GF(p), with base point G and prime order q (FIPS 186-4 §D.1.2.3), and
 * the scalar multiplications ECCSI needs.
 *
 * <p>{@link #mulBase} is constant time (fixed-base table, complete formulas, one Fermat inversion) and is used
 * for every secret scalar: KSAK, v, SSK and j. Everything else works on public values and runs in variable time.
 *
 * <p>Thread safety: stateless apart from two constant tables of multiples of G, each built once, when first
 * needed, and never written afterwards; safe to share.
 */
public final class P256 {
  private static final long[] B = fieldConstant("5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604b");
  private static final AffinePoint G = new AffinePoint(
      fieldConstant("6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296"),
      fieldConstant("4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5"));
  /** Width 6 for secret scalars: 43 complete additions, each after a masked scan of 32 entries (about 110 KB). */
  private static final FixedBaseTable G_TABLE = FixedBaseTable.of(G, 6);

  /**
   * For public scalars a wider window costs nothing to look up: 37 additions instead of 52 (about 190 KB). Built
   * when verification first needs it, so a process that only signs does not pay for it.
   */
  private static final class VartimeTable {
    static final FixedBaseTable G_TABLE = FixedBaseTable.of(G, 7);
  }

  private P256() {}

  static long[] curveB() {
    return B;
  }

  /** G. */
  public static AffinePoint generator() {
    return G;
  }

  /** Whether (x, y) (Montgomery form) satisfies y² = x³ - 3x + b. */
  static boolean isOnCurve(long[] x, long[] y) {
    long[] lhs = new long[5];
    long[] rhs = new long[5];
    long[] t = new long[5];
    P256Field.sqr(lhs, y);
    P256Field.sqr(rhs, x);
    P256Field.mul(rhs, rhs, x);
    P256Field.mulSmall(t, x, 3);
    P256Field.sub(rhs, rhs, t);
    P256Field.add(rhs, rhs, B);
    return P256Field.equal(lhs, rhs);
  }

  /**
   * [k]G for a secret 32-octet big-endian k in [1, q - 1], in constant time (the result is not infinity). The
   * caller wipes {@code k}.
   */
  public static AffinePoint mulBase(byte[] k) {
    ProjectivePoint p = G_TABLE.mulConstantTime(k);
    AffinePoint a = p.toAffine();
    p.wipe();
    return a;
  }

  /** acc = acc + [k]G for a public 32-octet big-endian k. */
  public static void mulBaseAddVartime(JacobianPoint acc, byte[] k) {
    VartimeTable.G_TABLE.mulAddVartime(acc, k);
  }

  /** acc = acc + [k]P through P's table, for a public k. */
  public static void mulAddVartime(JacobianPoint acc, FixedBaseTable table, byte[] k) {
    table.mulAddVartime(acc, k);
  }

  /** acc = acc + [k1]P1 + [k2]P2 for public k1, k2 (below 2^256) and public points. */
  public static void mulAddVartime(JacobianPoint acc, byte[] k1, AffinePoint p1, byte[] k2, AffinePoint p2) {
    Wnaf.mulAdd(acc, k1, p1, k2, p2);
  }

  /** [k]P + Q for a public k (below 2^256); null if the sum is the point at infinity. */
  public static AffinePoint mulAddVartime(byte[] k, AffinePoint p, AffinePoint q) {
    JacobianPoint r = Wnaf.mul(k, p);
    r.addAffine(q.x, q.y);
    return r.isInfinity() ? null : r.toAffine();
  }

  /** Whether the two points are equal. */
  public static boolean equal(AffinePoint a, AffinePoint b) {
    return P256Field.equal(a.x, b.x) && P256Field.equal(a.y, b.y);
  }

  /** Whether {@code j} is not infinity and its affine x equals the 32-octet big-endian {@code x} (below p). */
  public static boolean hasAffineX(JacobianPoint j, byte[] x) {
    long[] fx = new long[5];
    P256Field.fromOctets(fx, x, 0);
    return j.hasAffineX(fx);
  }

  private static long[] fieldConstant(String hex) {
    long[] r = new long[5];
    P256Field.fromOctets(r, P256Field.octets(new BigInteger(hex, 16)), 0);
    return r;
  }
}
