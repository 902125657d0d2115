// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto.eccsi.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The point formulas with coordinates given as the largest representatives the field code allows (x + p or
 * x + 2p, just below 2^257) instead of canonical ones: the lazy sums and folds must stay within their bounds.
 */
class FormulaBoundsTest {
  private static final BigInteger P = P256Field.modulus();
  private static final BigInteger LIMIT = BigInteger.ONE.shiftLeft(257);

  @Provide
  Arbitrary<BigInteger> scalars() {
    return Arbitraries.bigIntegers().between(BigInteger.ONE, P256Scalar.order().subtract(BigInteger.ONE));
  }

  /** The same residue with the largest value below 2^257. */
  private static void inflate(long[] a) {
    BigInteger v = BigInteger.ZERO;
    for (int i = 4; i >= 0; i--) {
      v = v.shiftLeft(52).add(BigInteger.valueOf(a[i]));
    }
    v = v.mod(P);
    while (v.add(P).compareTo(LIMIT) < 0) {
      v = v.add(P);
    }
    System.arraycopy(P256Field.limbs(v), 0, a, 0, 5);
  }

  private static AffinePoint inflated(AffinePoint p) {
    long[] x = p.x.clone();
    long[] y = p.y.clone();
    inflate(x);
    inflate(y);
    return new AffinePoint(x, y);
  }

  @Property(tries = 40)
  void formulas_withMaximalRepresentatives_matchCanonicalResults(@ForAll("scalars") BigInteger a,
      @ForAll("scalars") BigInteger b) {
    Assume.that(!a.add(b).equals(P256Scalar.order())); // P + Q = O has no affine result to compare
    AffinePoint pa = P256.mulBase(P256Field.octets(a));
    AffinePoint pb = P256.mulBase(P256Field.octets(b));
    AffinePoint ia = inflated(pa);
    AffinePoint ib = inflated(pb);
    byte[] sum = P256.mulAddVartime(P256Field.octets(BigInteger.ONE), pa, pb).encode();
    byte[] twice = P256.mulAddVartime(P256Field.octets(BigInteger.ONE), pa, pa).encode();

    ProjectivePoint c = new ProjectivePoint();
    c.addAffineMasked(ia.x, ia.y, -1);
    inflate(c.x);
    inflate(c.y);
    inflate(c.z);
    c.addAffineMasked(ib.x, ib.y, -1);
    assertArrayEquals(sum, c.toAffine().encode(), "complete mixed addition");

    JacobianPoint j = new JacobianPoint(ia);
    inflate(j.z);
    j.addAffine(ib.x, ib.y);
    assertArrayEquals(sum, j.toAffine().encode(), "Jacobian mixed addition");

    JacobianPoint d = new JacobianPoint(ia);
    inflate(d.z);
    d.dbl();
    assertArrayEquals(twice, d.toAffine().encode(), "Jacobian doubling");

    JacobianPoint e = new JacobianPoint(ia);
    JacobianPoint f = new JacobianPoint(ib);
    inflate(e.z);
    inflate(f.z);
    e.add(f);
    assertArrayEquals(sum, e.toAffine().encode(), "Jacobian addition");
  }
}
