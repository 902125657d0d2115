// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto.eccsi.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.mcxsec.crypto.KeyMaterialException;

/** One exact-message test per check of the uncompressed-point decoder. */
class AffinePointTest {
  private static final BigInteger P = P256Field.modulus();
  private final byte[] g = P256.generator().encode();

  private static String rejection(byte[] enc) {
    return assertThrows(KeyMaterialException.class, () -> AffinePoint.decode(enc, "KPAK")).getMessage();
  }

  private byte[] withCoordinate(int offset, BigInteger v) {
    byte[] e = g.clone();
    System.arraycopy(P256Field.octets(v), 0, e, offset, 32);
    return e;
  }

  @Test
  void decode_generator_roundTrips() throws KeyMaterialException {
    assertArrayEquals(g, AffinePoint.decode(g, "G").encode());
    assertArrayEquals(Arrays.copyOfRange(g, 1, 33), AffinePoint.decode(g, "G").xOctets());
  }

  @Test
  void decode_wrongLength_namesTheLength() {
    assertEquals("KPAK is 0 octets, expected 65 (0x04 || x || y)", rejection(new byte[0]));
    assertEquals("KPAK is 33 octets, expected 65 (0x04 || x || y)", rejection(Arrays.copyOf(g, 33)));
    assertEquals("KPAK is 66 octets, expected 65 (0x04 || x || y)", rejection(Arrays.copyOf(g, 66)));
  }

  @Test
  void decode_compressedOrHybridPrefix_namesThePrefix() {
    for (int prefix : new int[] {0x00, 0x02, 0x03, 0x06, 0x07}) {
      byte[] e = g.clone();
      e[0] = (byte) prefix;
      assertEquals(String.format("KPAK starts with 0x%02x, expected 0x04 (uncompressed point)", prefix),
          rejection(e));
    }
  }

  @Test
  void decode_coordinateNotBelowP_namesTheCoordinate() {
    assertEquals("KPAK x coordinate is not less than p", rejection(withCoordinate(1, P)));
    assertEquals("KPAK x coordinate is not less than p",
        rejection(withCoordinate(1, BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE))));
    assertEquals("KPAK y coordinate is not less than p", rejection(withCoordinate(33, P)));
    // y + p encodes the same residue as y: still rejected, the encoding is not canonical
    BigInteger y = new BigInteger(1, Arrays.copyOfRange(g, 33, 65));
    if (y.add(P).bitLength() <= 256) {
      assertEquals("KPAK y coordinate is not less than p", rejection(withCoordinate(33, y.add(P))));
    }
  }

  @Test
  void decode_infinityEncodingAndOffCurvePoints_areRejected() {
    byte[] zero = new byte[65];
    zero[0] = 0x04;
    assertEquals("KPAK is (0, 0), an encoding of the point at infinity, not a curve point", rejection(zero));
    assertEquals("KPAK is not a point on the curve P-256", rejection(withCoordinate(33, BigInteger.ONE)));
    byte[] negY = withCoordinate(33, P.subtract(new BigInteger(1, Arrays.copyOfRange(g, 33, 65))));
    negY[64] ^= 1;
    assertEquals("KPAK is not a point on the curve P-256", rejection(negY));
  }

  @Test
  void decode_negatedGenerator_isACurvePoint() throws KeyMaterialException {
    byte[] negY = withCoordinate(33, P.subtract(new BigInteger(1, Arrays.copyOfRange(g, 33, 65))));
    assertArrayEquals(negY, AffinePoint.decode(negY, "-G").encode());
  }
}
