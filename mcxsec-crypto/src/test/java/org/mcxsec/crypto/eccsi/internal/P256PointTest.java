// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto.eccsi.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.math.ec.ECPoint;
import org.junit.jupiter.api.Test;
import org.mcxsec.crypto.KeyMaterialException;

/** Point arithmetic and scalar multiplication against Bouncy Castle's P-256, including exceptional cases. */
class P256PointTest {
  private static final X9ECParameters BC = CustomNamedCurves.getByName("secp256r1");
  private static final BigInteger Q = P256Scalar.order();

  @Provide
  Arbitrary<BigInteger> scalars() {
    return Arbitraries.oneOf(
        Arbitraries.bigIntegers().between(BigInteger.ONE, Q.subtract(BigInteger.ONE)),
        Arbitraries.of(BigInteger.ONE, BigInteger.TWO, BigInteger.valueOf(16), BigInteger.valueOf(17),
            BigInteger.valueOf(31), BigInteger.valueOf(32), Q.subtract(BigInteger.ONE), Q.subtract(BigInteger.TWO),
            BigInteger.ONE.shiftLeft(255), BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE)));
  }

  static ECPoint bcMul(BigInteger k) {
    return BC.getG().multiply(k).normalize();
  }

  static AffinePoint ours(ECPoint p) throws KeyMaterialException {
    return AffinePoint.decode(p.getEncoded(false), "point");
  }

  static byte[] octets(BigInteger k) {
    return P256Field.octets(k);
  }

  @Property(tries = 100)
  void mulBase_constantTime_matchesBouncyCastle(@ForAll("scalars") BigInteger k) {
    assertArrayEquals(bcMul(k).getEncoded(false), P256.mulBase(octets(k)).encode());
  }

  @Property(tries = 100)
  void mulBaseAddVartime_matchesBouncyCastle(@ForAll("scalars") BigInteger k) {
    JacobianPoint acc = new JacobianPoint();
    P256.mulBaseAddVartime(acc, octets(k));
    assertArrayEquals(bcMul(k).getEncoded(false), acc.toAffine().encode());
  }

  @Property(tries = 10)
  void tableOfAnyPoint_matchesBouncyCastle(@ForAll("scalars") BigInteger a, @ForAll("scalars") BigInteger k)
      throws KeyMaterialException {
    ECPoint p = bcMul(a);
    FixedBaseTable t = FixedBaseTable.of(ours(p));
    JacobianPoint acc = new JacobianPoint();
    t.mulAddVartime(acc, octets(k));
    assertArrayEquals(p.multiply(k).normalize().getEncoded(false), acc.toAffine().encode());
    assertArrayEquals(p.multiply(k).normalize().getEncoded(false), t.mulConstantTime(octets(k)).toAffine().encode());
  }

  @Property(tries = 60)
  void wnafMulAdd_matchesBouncyCastle(@ForAll("scalars") BigInteger a, @ForAll("scalars") BigInteger b,
      @ForAll("scalars") BigInteger k1, @ForAll("scalars") BigInteger k2) throws KeyMaterialException {
    ECPoint p1 = bcMul(a);
    ECPoint p2 = bcMul(b);
    JacobianPoint acc = new JacobianPoint();
    P256.mulAddVartime(acc, octets(k1), ours(p1), octets(k2), ours(p2));
    ECPoint expected = p1.multiply(k1).add(p2.multiply(k2)).normalize();
    if (expected.isInfinity()) {
      assertTrue(acc.isInfinity());
    } else {
      assertArrayEquals(expected.getEncoded(false), acc.toAffine().encode());
    }
  }

  @Test
  void wnaf_unreducedAndTopScalars_matchBouncyCastle() throws KeyMaterialException {
    BigInteger[] ks = {BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE), Q, Q.add(BigInteger.ONE),
        BigInteger.ONE.shiftLeft(255).add(BigInteger.valueOf(15))};
    AffinePoint p = ours(bcMul(BigInteger.valueOf(7)));
    for (BigInteger k : ks) {
      AffinePoint r = P256.mulAddVartime(octets(k), p, ours(bcMul(BigInteger.valueOf(3))));
      ECPoint e = bcMul(BigInteger.valueOf(7)).multiply(k).add(bcMul(BigInteger.valueOf(3))).normalize();
      assertArrayEquals(e.getEncoded(false), r.encode(), k.toString(16));
    }
  }

  @Test
  void mulAddVartime_sumAtInfinity_returnsNull() throws KeyMaterialException {
    // [q-1]G + G = O
    assertNull(P256.mulAddVartime(octets(Q.subtract(BigInteger.ONE)), P256.generator(), P256.generator()));
  }

  @Test
  void jacobian_exceptionalCases() throws KeyMaterialException {
    AffinePoint p = ours(bcMul(BigInteger.valueOf(5)));
    AffinePoint minusP = ours(bcMul(Q.subtract(BigInteger.valueOf(5))));
    JacobianPoint acc = new JacobianPoint();
    acc.addAffine(p.x, p.y); // O + P
    assertArrayEquals(p.encode(), acc.toAffine().encode());
    acc.addAffine(p.x, p.y); // P + P
    assertArrayEquals(bcMul(BigInteger.TEN).getEncoded(false), acc.toAffine().encode());
    acc.addAffine(minusP.x, minusP.y); // 2P - P
    assertArrayEquals(p.encode(), acc.toAffine().encode());
    acc.addAffine(minusP.x, minusP.y); // P - P
    assertTrue(acc.isInfinity());
    JacobianPoint a = new JacobianPoint(p);
    a.dbl();
    JacobianPoint b = new JacobianPoint(p);
    b.addAffine(p.x, p.y);
    a.add(b); // 2P + 2P with different Z
    assertArrayEquals(bcMul(BigInteger.valueOf(20)).getEncoded(false), a.toAffine().encode());
    JacobianPoint c = new JacobianPoint(minusP);
    c.dbl();
    c.dbl();
    c.add(a); // -4P + 4P
    assertTrue(c.isInfinity());
    a.add(a);
    assertArrayEquals(bcMul(BigInteger.valueOf(40)).getEncoded(false), a.toAffine().encode());
  }

  @Test
  void complete_exceptionalCases() throws KeyMaterialException {
    AffinePoint p = ours(bcMul(BigInteger.valueOf(9)));
    AffinePoint minusP = ours(bcMul(Q.subtract(BigInteger.valueOf(9))));
    ProjectivePoint acc = new ProjectivePoint();
    acc.addAffineMasked(p.x, p.y, -1); // O + P
    assertArrayEquals(p.encode(), acc.toAffine().encode());
    acc.addAffineMasked(minusP.x, minusP.y, 0); // masked off: unchanged
    assertArrayEquals(p.encode(), acc.toAffine().encode());
    acc.addAffineMasked(p.x, p.y, -1); // P + P
    assertArrayEquals(bcMul(BigInteger.valueOf(18)).getEncoded(false), acc.toAffine().encode());
    acc.addAffineMasked(minusP.x, minusP.y, -1);
    acc.addAffineMasked(minusP.x, minusP.y, -1); // P + P - P - P = O
    assertTrue(P256Field.isZero(acc.z));
    assertFalse(P256Field.isZero(acc.y));
  }

  @Test
  void hasAffineX_comparesProjectiveX() throws KeyMaterialException {
    JacobianPoint j = new JacobianPoint(ours(bcMul(BigInteger.valueOf(11))));
    j.dbl();
    byte[] x = bcMul(BigInteger.valueOf(22)).getAffineXCoord().getEncoded();
    assertTrue(P256.hasAffineX(j, x));
    x[31] ^= 1;
    assertFalse(P256.hasAffineX(j, x));
    assertFalse(P256.hasAffineX(new JacobianPoint(), x));
  }

  @Test
  void boothDigits_recomposeTheScalarForEveryWidth() {
    for (int w = 2; w <= 8; w++) {
      for (BigInteger k : new BigInteger[] {BigInteger.ONE, Q.subtract(BigInteger.ONE),
          BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE), new BigInteger("123456789abcdef", 16)}) {
        BigInteger sum = BigInteger.ZERO;
        for (int i = FixedBaseTable.windowCount(w) - 1; i >= 0; i--) {
          int d = FixedBaseTable.boothDigit(octets(k), i, w);
          assertTrue(Math.abs(d) <= 1 << (w - 1), "digit " + d);
          sum = sum.shiftLeft(w).add(BigInteger.valueOf(d));
        }
        assertEquals(k, sum, "width " + w);
      }
    }
  }

  @Property(tries = 6)
  void tablesOfOtherWidths_matchBouncyCastle(@ForAll("scalars") BigInteger k) throws KeyMaterialException {
    for (int w : new int[] {2, 4, 6, 7}) {
      FixedBaseTable t = FixedBaseTable.of(P256.generator(), w);
      JacobianPoint acc = new JacobianPoint();
      t.mulAddVartime(acc, octets(k));
      assertArrayEquals(bcMul(k).getEncoded(false), acc.toAffine().encode(), "width " + w);
      assertArrayEquals(bcMul(k).getEncoded(false), t.mulConstantTime(octets(k)).toAffine().encode(), "width " + w);
    }
  }

  @Test
  void generator_encodesAsInFips186() {
    assertArrayEquals(BC.getG().getEncoded(false), P256.generator().encode());
  }
}
