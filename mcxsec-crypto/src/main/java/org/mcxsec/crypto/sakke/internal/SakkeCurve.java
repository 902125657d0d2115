// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto.sakke.internal;

import java.math.BigInteger;

/**
 * Curve operations of SAKKE on public values, with every exceptional case handled: the identifier as an integer,
 * {@code [b]P + Z}, subgroup membership, and a general scalar multiplication that the fixed-base paths fall back
 * to when their branch-free formulas meet an exceptional addition (probability about 2^-1000 for a hashed scalar).
 *
 * <p>Variable time: never used on a secret except in that fallback.
 *
 * <p>Thread safety: stateless.
 */
public final class SakkeCurve {
  private static final int WINDOW = 4;

  private SakkeCurve() {}

  /** The identifier b as an integer modulo q: the unsigned big-endian value of its octets (RFC 6508 §6.2.1). */
  public static BigInteger identifier(byte[] id) {
    return new BigInteger(1, id).mod(ParameterSet1.Q);
  }

  /** {@code [k]base} for any {@code k ≥ 0}, every case handled (4-bit windows, left to right). */
  public static JacobianPoint multiply(AffinePoint base, BigInteger k) {
    JacobianPoint[] multiples = new JacobianPoint[1 << WINDOW];
    multiples[0] = new JacobianPoint();
    multiples[0].setInfinity();
    for (int i = 1; i < multiples.length; i++) {
      multiples[i] = new JacobianPoint();
      multiples[i].set(multiples[i - 1]);
      multiples[i].add(base.toJacobian());
    }
    JacobianPoint acc = new JacobianPoint();
    acc.setInfinity();
    int top = (k.bitLength() + WINDOW - 1) / WINDOW * WINDOW;
    for (int bit = top - WINDOW; bit >= 0; bit -= WINDOW) {
      for (int d = 0; d < WINDOW; d++) {
        acc.dbl();
      }
      int nibble = 0;
      for (int d = WINDOW - 1; d >= 0; d--) {
        nibble = (nibble << 1) | (k.testBit(bit + d) ? 1 : 0);
      }
      if (nibble != 0) {
        acc.add(multiples[nibble]);
      }
    }
    return acc;
  }

  /** Whether {@code [q]point} is the point at infinity, i.e. the point lies in the order-q subgroup. */
  public static boolean hasOrderQ(AffinePoint point) {
    return multiply(point, ParameterSet1.Q).isInfinity();
  }

  /** {@code [b]P + Z} (RFC 6508 §6.2.1 step 3, §6.1.2), or {@code null} if it is the point at infinity. */
  public static AffinePoint receiverPoint(AffinePoint z, BigInteger b) {
    JacobianPoint acc = multiply(AffinePoint.generator(), b);
    acc.add(z.toJacobian());
    return AffinePoint.of(acc, MontgomeryField.limbs(BigInteger.ONE));
  }
}
