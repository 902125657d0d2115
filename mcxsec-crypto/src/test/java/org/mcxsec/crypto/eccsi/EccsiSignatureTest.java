// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto.eccsi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.MalformedMessageException;
import org.mcxsec.testkit.Vector;

class EccsiSignatureTest {
  private final Vector v = EccsiVectors.rfc6507(true).findFirst().orElseThrow();

  @Test
  void decode_publishedSignature_roundTrips() throws MalformedMessageException {
    Bytes encoded = EccsiVectors.bytes(v, "signature");
    EccsiSignature s = EccsiSignature.decode(encoded);
    assertEquals(EccsiVectors.bytes(v, "r"), s.r());
    assertEquals(EccsiVectors.bytes(v, "s"), s.s());
    assertEquals(EccsiVectors.bytes(v, "pvt"), s.pvt());
    assertEquals(encoded, s.encode());
    assertEquals(129, EccsiSignature.OCTETS);
  }

  @Test
  void decode_pvtWithCompressedPrefix_throwsMalformedNamingTheOctet() {
    byte[] sig = v.hex("signature");
    sig[64] = 0x02;
    MalformedMessageException e = assertThrows(MalformedMessageException.class,
        () -> EccsiSignature.decode(Bytes.copyOf(sig)));
    assertEquals("ECCSI signature PVT (octet 64) starts with 0x02, expected 0x04 (uncompressed point)",
        e.getMessage());
  }

  @Test
  void constructor_wrongLengths_throwIllegalArgumentNamingTheField() {
    Bytes r = EccsiVectors.bytes(v, "r");
    Bytes s = EccsiVectors.bytes(v, "s");
    Bytes pvt = EccsiVectors.bytes(v, "pvt");
    assertEquals("ECCSI signature r is 31 octets, expected 32", assertThrows(IllegalArgumentException.class,
        () -> new EccsiSignature(r.slice(1, 32), s, pvt)).getMessage());
    assertEquals("ECCSI signature s is 33 octets, expected 32", assertThrows(IllegalArgumentException.class,
        () -> new EccsiSignature(r, Bytes.concat(s, Bytes.fromHex("00")), pvt)).getMessage());
    assertEquals("ECCSI signature PVT is 33 octets, expected 65", assertThrows(IllegalArgumentException.class,
        () -> new EccsiSignature(r, s, pvt.slice(0, 33))).getMessage());
    assertThrows(NullPointerException.class, () -> new EccsiSignature(null, s, pvt));
  }
}
