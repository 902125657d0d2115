// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto.sakke.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECPoint;
import org.junit.jupiter.api.Test;

/** The general (fallback and public-value) curve operations against Bouncy Castle. */
class SakkeCurveTest {
  private static final ECCurve CURVE = new ECCurve.Fp(ParameterSet1.P, BigInteger.valueOf(-3).mod(ParameterSet1.P),
      BigInteger.ZERO, ParameterSet1.Q, BigInteger.valueOf(4));
  private static final ECPoint BC_P = CURVE.createPoint(ParameterSet1.PX, ParameterSet1.PY);
  private static final long[] BLIND = MontgomeryField.limbs(BigInteger.ONE);

  @Property(tries = 15)
  void multiply_anyScalar_matchesBouncyCastle(@ForAll @BigRange(min = "1", max = "1e400") BigInteger k) {
    assertArrayEquals(BC_P.multiply(k).normalize().getEncoded(false),
        AffinePoint.of(SakkeCurve.multiply(AffinePoint.generator(), k), BLIND).encode());
  }

  @Test
  void multiply_orderAndZero_giveInfinity() {
    assertTrue(SakkeCurve.multiply(AffinePoint.generator(), ParameterSet1.Q).isInfinity());
    assertTrue(SakkeCurve.multiply(AffinePoint.generator(), BigInteger.ZERO).isInfinity());
  }

  @Test
  void hasOrderQ_generatorYesPointOfOrderTwoNo() {
    byte[] enc = new byte[257];
    enc[0] = 4;
    assertTrue(SakkeCurve.hasOrderQ(AffinePoint.generator()));
    assertFalse(SakkeCurve.hasOrderQ(AffinePoint.decode("T", enc)));
  }

  @Test
  void receiverPoint_bPlusZ_matchesBouncyCastleAndDetectsInfinity() {
    BigInteger z = BigInteger.valueOf(0x5eed);
    AffinePoint zPoint = AffinePoint.decode("Z", BC_P.multiply(z).getEncoded(false));
    BigInteger b = new BigInteger("80" + "11".repeat(31), 16);
    assertArrayEquals(BC_P.multiply(b.add(z)).normalize().getEncoded(false),
        SakkeCurve.receiverPoint(zPoint, b).encode());
    assertNull(SakkeCurve.receiverPoint(zPoint, ParameterSet1.Q.subtract(z)));
  }

  @Test
  void identifier_longerThanQ_isReducedModQ() {
    byte[] id = new byte[200];
    java.util.Arrays.fill(id, (byte) 0xff);
    assertEquals(new BigInteger(1, id).mod(ParameterSet1.Q), SakkeCurve.identifier(id));
  }
}
