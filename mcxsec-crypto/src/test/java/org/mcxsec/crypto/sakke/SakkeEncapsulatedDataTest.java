// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto.sakke;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.MalformedMessageException;
import org.mcxsec.crypto.sakke.internal.ParameterSet1;
import org.mcxsec.testkit.Tamper;

/** Parsing of R ‖ H: the exact length, the point checks, one precise message per branch. */
class SakkeEncapsulatedDataTest {
  private static final byte[] SED = SakkeFixtures.APPENDIX_A.hex("sed");

  @Test
  void decode_appendixA_roundTripsByteForByte() throws Exception {
    SakkeEncapsulatedData d = SakkeEncapsulatedData.decode(Bytes.copyOf(SED));
    assertEquals(257, d.r().size());
    assertEquals(16, d.h().size());
    assertEquals(Bytes.copyOf(SED), d.encode());
  }

  @Test
  void decode_everyTruncation_throwsMalformedNamingTheLength() {
    Tamper.everyTruncation(SED).forEach(cut -> {
      MalformedMessageException e = assertThrows(MalformedMessageException.class,
          () -> SakkeEncapsulatedData.decode(Bytes.copyOf(cut)), "length " + cut.length);
      assertEquals("SAKKE encapsulated data: expected 273 octets (R 257 ‖ H 16), got " + cut.length, e.getMessage());
    });
  }

  @Test
  void decode_oneOctetTooMany_throwsMalformed() {
    MalformedMessageException e = assertThrows(MalformedMessageException.class,
        () -> SakkeEncapsulatedData.decode(Bytes.copyOf(Arrays.copyOf(SED, 274))));
    assertTrue(e.getMessage().endsWith("got 274"), e.getMessage());
  }

  @Test
  void decode_compressedPrefix_throwsMalformedNamingTheOctet() {
    byte[] b = SED.clone();
    b[0] = 0x02;
    assertMalformed(b, "SAKKE encapsulated data, R at offset 0: first octet is 0x02, expected 0x04 (uncompressed point)");
  }

  @Test
  void decode_xEqualToP_throwsMalformed() {
    byte[] b = SED.clone();
    System.arraycopy(octets(ParameterSet1.P), 0, b, 1, 128);
    assertMalformed(b, "SAKKE encapsulated data, R at offset 0: x coordinate is not below p");
  }

  @Test
  void decode_yAllOnes_throwsMalformed() {
    byte[] b = SED.clone();
    Arrays.fill(b, 129, 257, (byte) 0xff);
    assertMalformed(b, "SAKKE encapsulated data, R at offset 0: y coordinate is not below p");
  }

  @Test
  void decode_yPlusOne_throwsMalformedNotOnCurve() {
    byte[] b = SED.clone();
    b[256] ^= 1;
    assertMalformed(b, "SAKKE encapsulated data, R at offset 0: (x, y) is not a point of the curve y² = x³ − 3x");
  }

  @Test
  void constructor_hOfFifteenOctets_throwsIllegalArgument() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new SakkeEncapsulatedData(Bytes.copyOf(SED, 0, 257), Bytes.copyOf(SED, 257, 15)));
    assertEquals("SAKKE H: expected 16 octets, got 15", e.getMessage());
  }

  @Test
  void constructor_rOffCurve_throwsIllegalArgument() {
    byte[] r = Arrays.copyOf(SED, 257);
    r[100] ^= 4;
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new SakkeEncapsulatedData(Bytes.copyOf(r), Bytes.copyOf(SED, 257, 16)));
    assertEquals("SAKKE R: (x, y) is not a point of the curve y² = x³ − 3x", e.getMessage());
  }

  private static void assertMalformed(byte[] b, String message) {
    MalformedMessageException e =
        assertThrows(MalformedMessageException.class, () -> SakkeEncapsulatedData.decode(Bytes.copyOf(b)));
    assertEquals(message, e.getMessage());
  }

  private static byte[] octets(BigInteger v) {
    byte[] raw = v.toByteArray();
    return Arrays.copyOfRange(raw, raw.length - 128, raw.length);
  }
}
