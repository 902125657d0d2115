// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto.sakke.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mcxsec.testkit.Vector;
import org.mcxsec.testkit.VectorFile;

/** HashToIntegerRange and g^r against the published intermediate values r, g^r and mask, and the reference. */
class HashToIntegerRangeTest {
  static Stream<Vector> vectors() {
    return Stream.concat(VectorFile.load(VectorFile.RFC6508_SAKKE).select(v -> v.has("r")).stream(),
        VectorFile.load(VectorFile.DIFFERENTIAL_ECCSI_SAKKE).ofKind("sakke").stream());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void modQ_ssvAndIdentifier_givesPublishedR(Vector v) {
    long[] r = HashToIntegerRange.modQ(SakkeReference.concat(v.hex("ssv"), v.hex("id")));
    assertEquals(new BigInteger(1, v.hex("r")), MontgomeryField.toBigInteger(r));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void gPower_publishedR_givesPublishedGrAndMask(Vector v) {
    byte[] gr = new byte[128];
    SakkeTables.g().power(gr, MontgomeryField.limbs(new BigInteger(1, v.hex("r"))),
        MontgomeryField.randomBlind(new SecureRandom()));
    if (v.has("g_r")) {
      assertArrayEquals(v.hex("g_r"), gr);
      assertArrayEquals(v.hex("mask"), HashToIntegerRange.mod2To128(gr));
    }
    byte[] h = v.hex("ssv");
    byte[] mask = HashToIntegerRange.mod2To128(gr);
    for (int i = 0; i < 16; i++) {
      h[i] ^= mask[i];
    }
    assertArrayEquals(v.hex("h"), h);
  }

  @Property(tries = 100)
  void modQ_anyInput_matchesReference(@ForAll @Size(max = 80) byte[] s) {
    assertEquals(SakkeReference.hashToIntegerRange(s, ParameterSet1.Q),
        MontgomeryField.toBigInteger(HashToIntegerRange.modQ(s)));
  }

  @Property(tries = 100)
  void mod2To128_anyInput_matchesReference(@ForAll @Size(max = 200) byte[] s) {
    assertArrayEquals(SakkeReference.fixed(SakkeReference.hashToIntegerRange(s, BigInteger.ONE.shiftLeft(128)), 16),
        HashToIntegerRange.mod2To128(s));
  }
}
