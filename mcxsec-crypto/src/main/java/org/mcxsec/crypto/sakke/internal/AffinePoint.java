// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto.sakke.internal;

import static org.mcxsec.crypto.sakke.internal.MontgomeryField.LIMBS;
import static org.mcxsec.crypto.sakke.internal.ParameterSet1.FIELD_OCTETS;
import static org.mcxsec.crypto.sakke.internal.ParameterSet1.POINT_OCTETS;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * A finite point of {@code E: y² = x³ − 3x} over F_p with its RFC 6508 §4 encoding {@code 0x04 ‖ x ‖ y} (257
 * octets, coordinates big-endian in exactly 128 octets). Coordinates are kept canonical, in Montgomery form.
 *
 * <p>Thread safety: effectively immutable once built, except {@link #destroy()}.
 */
public final class AffinePoint {
  private static final MontgomeryField F = ParameterSet1.FP;
  private static final byte[] P_OCTETS = octets(ParameterSet1.P);

  final long[] x;
  final long[] y;

  private AffinePoint(long[] x, long[] y) {
    this.x = x;
    this.y = y;
  }

  /** The generator P of parameter set 1. */
  public static AffinePoint generator() {
    return ofCanonical(MontgomeryField.limbs(ParameterSet1.PX), MontgomeryField.limbs(ParameterSet1.PY));
  }

  /** The point with the given plain canonical coordinates (not checked). */
  static AffinePoint ofCanonical(long[] plainX, long[] plainY) {
    long[] mx = new long[LIMBS];
    long[] my = new long[LIMBS];
    F.toMontgomery(mx, plainX);
    F.toMontgomery(my, plainY);
    F.reduce(mx, mx);
    F.reduce(my, my);
    return new AffinePoint(mx, my);
  }

  /** The affine form of {@code p}, or {@code null} at infinity; Z is inverted blinded by {@code blind}. */
  public static AffinePoint of(JacobianPoint p, long[] blind) {
    long[] ax = new long[LIMBS];
    long[] ay = new long[LIMBS];
    if (!p.toAffine(ax, ay, blind)) {
      return null;
    }
    F.reduce(ax, ax);
    F.reduce(ay, ay);
    return new AffinePoint(ax, ay);
  }

  /** The affine form of the finite point {@code p} given {@code zi = 1/Z}. */
  public static AffinePoint ofInverse(JacobianPoint p, long[] zi) {
    long[] ax = new long[LIMBS];
    long[] ay = new long[LIMBS];
    p.toAffineWithInverse(ax, ay, zi);
    F.reduce(ax, ax);
    F.reduce(ay, ay);
    return new AffinePoint(ax, ay);
  }

  /**
   * Why {@code encoded} is not a point of E, or {@code null} if it is: length 257, first octet 0x04, x < p, y < p,
   * {@code y² = x³ − 3x}. Messages start with {@code what} (for example "SAKKE R").
   */
  public static String problem(String what, byte[] encoded) {
    if (encoded.length != POINT_OCTETS) {
      return what + ": expected " + POINT_OCTETS + " octets (0x04 ‖ x ‖ y), got " + encoded.length;
    }
    if (encoded[0] != 0x04) {
      return what + ": first octet is 0x" + HexFormat.of().toHexDigits(encoded[0])
          + ", expected 0x04 (uncompressed point)";
    }
    if (Arrays.compareUnsigned(encoded, 1, 1 + FIELD_OCTETS, P_OCTETS, 0, FIELD_OCTETS) >= 0) {
      return what + ": x coordinate is not below p";
    }
    if (Arrays.compareUnsigned(encoded, 1 + FIELD_OCTETS, POINT_OCTETS, P_OCTETS, 0, FIELD_OCTETS) >= 0) {
      return what + ": y coordinate is not below p";
    }
    if (!decodeUnchecked(encoded).isOnCurve()) {
      return what + ": (x, y) is not a point of the curve y² = x³ − 3x";
    }
    return null;
  }

  /**
   * Decodes a point that {@link #problem} accepted.
   *
   * @throws IllegalArgumentException with the {@link #problem} message otherwise
   */
  public static AffinePoint decode(String what, byte[] encoded) {
    String problem = problem(what, encoded);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
    return decodeUnchecked(encoded);
  }

  private static AffinePoint decodeUnchecked(byte[] encoded) {
    long[] px = new long[LIMBS];
    long[] py = new long[LIMBS];
    MontgomeryField.decode(px, encoded, 1, FIELD_OCTETS);
    MontgomeryField.decode(py, encoded, 1 + FIELD_OCTETS, FIELD_OCTETS);
    AffinePoint p = ofCanonical(px, py);
    Arrays.fill(px, 0);
    Arrays.fill(py, 0);
    return p;
  }

  /** Whether {@code y² = x³ − 3x}. */
  public boolean isOnCurve() {
    long[] lhs = new long[LIMBS];
    long[] rhs = new long[LIMBS];
    long[] three = new long[LIMBS];
    F.sqr(lhs, y);
    F.sqr(rhs, x);
    F.add(three, F.one(), F.one());
    F.add(three, three, F.one());
    F.sub(rhs, rhs, three);
    F.mul(rhs, rhs, x);
    return F.equal(lhs, rhs);
  }

  /** {@code 0x04 ‖ x ‖ y}, 257 octets. */
  public byte[] encode() {
    byte[] out = new byte[POINT_OCTETS];
    out[0] = 0x04;
    long[] t = new long[LIMBS];
    F.fromMontgomery(t, x);
    MontgomeryField.encode(out, 1, FIELD_OCTETS, t);
    F.fromMontgomery(t, y);
    MontgomeryField.encode(out, 1 + FIELD_OCTETS, FIELD_OCTETS, t);
    Arrays.fill(t, 0);
    return out;
  }

  /** The point as a fresh Jacobian point. */
  public JacobianPoint toJacobian() {
    return JacobianPoint.ofAffine(x, y);
  }

  /** Whether {@code this} and {@code o} are the same point (constant time). */
  public boolean sameAs(AffinePoint o) {
    return F.equal(x, o.x) & F.equal(y, o.y);
  }

  /** Overwrites the coordinates with zeros (for secret points such as an RSK). */
  public void destroy() {
    Arrays.fill(x, 0);
    Arrays.fill(y, 0);
  }

  private static byte[] octets(BigInteger v) {
    byte[] out = new byte[FIELD_OCTETS];
    MontgomeryField.encode(out, 0, FIELD_OCTETS, MontgomeryField.limbs(v));
    return out;
  }
}
