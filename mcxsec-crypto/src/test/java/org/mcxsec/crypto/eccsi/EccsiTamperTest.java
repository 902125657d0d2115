// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto.eccsi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigInteger;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.InsecureSecretAccess;
import org.mcxsec.crypto.KeyMaterialException;
import org.mcxsec.crypto.MalformedMessageException;
import org.mcxsec.crypto.McxException;
import org.mcxsec.crypto.SecretBytes;
import org.mcxsec.crypto.VerificationFailedException;
import org.mcxsec.testkit.Tamper;
import org.mcxsec.testkit.Vector;

/** Hostile signatures and key sets, built from the RFC 6507 Appendix A values: every one is rejected. */
class EccsiTamperTest {
  private static final String REJECTED = "ECCSI signature rejected: ";
  private static final BigInteger Q =
      new BigInteger("ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551", 16);
  private static final BigInteger P =
      new BigInteger("ffffffff00000001000000000000000000000000ffffffffffffffffffffffff", 16);

  private static Vector vector;
  private static Bytes kpak;
  private static Bytes id;
  private static Bytes message;
  private static byte[] signature;
  private static EccsiVerifier verifier;

  @BeforeAll
  static void load() throws McxException {
    vector = EccsiVectors.rfc6507(true).findFirst().orElseThrow();
    kpak = EccsiVectors.bytes(vector, "kpak");
    id = EccsiVectors.bytes(vector, "id");
    message = EccsiVectors.bytes(vector, "message");
    signature = vector.hex("signature");
    verifier = new EccsiVerifier(kpak, id);
    // verify twice so that the verifier's fast path (cached PVT and Y table) sees the tampered signatures too
    verifier.verify(message, EccsiSignature.decode(Bytes.copyOf(signature)));
    verifier.verify(message, EccsiSignature.decode(Bytes.copyOf(signature)));
  }

  private static String rejection(byte[] encoded) {
    try {
      verifier.verify(message, EccsiSignature.decode(Bytes.copyOf(encoded)));
    } catch (MalformedMessageException | VerificationFailedException e) {
      return e.getMessage();
    } catch (McxException e) {
      fail("unexpected exception type " + e);
    }
    return null;
  }

  @Test
  void verify_everySingleBitFlip_isRejectedNamingTheCheck() {
    Set<String> scalarChecks = Set.of(REJECTED + "J_x does not equal r", REJECTED + "r is not in [1, q-1]",
        REJECTED + "s is not in [1, q-1]");
    Set<String> pvtChecks = Set.of(REJECTED + "PVT is not a point on the curve P-256",
        REJECTED + "PVT x coordinate is not less than p", REJECTED + "PVT y coordinate is not less than p");
    Tamper.everyBitFlip(signature).forEach(f -> {
      String m = rejection(f.data());
      int octet = f.bit() / 8;
      if (m == null) {
        fail("accepted with " + f);
      } else if (octet < 64) {
        assertTrue(scalarChecks.contains(m), f + ": " + m);
      } else if (octet == 64) {
        assertTrue(m.startsWith("ECCSI signature PVT (octet 64) starts with 0x"), f + ": " + m);
      } else {
        assertTrue(pvtChecks.contains(m), f + ": " + m);
      }
    });
  }

  @Test
  void decode_everyTruncationAndAnExtension_throwsMalformed() {
    Tamper.everyTruncation(signature).forEach(cut -> {
      MalformedMessageException e = assertThrows(MalformedMessageException.class,
          () -> EccsiSignature.decode(Bytes.copyOf(cut)), "length " + cut.length);
      assertEquals("ECCSI signature is " + cut.length + " octets, expected 129 (r 32 || s 32 || PVT 65)",
          e.getMessage());
    });
    byte[] longer = java.util.Arrays.copyOf(signature, 130);
    assertEquals("ECCSI signature is 130 octets, expected 129 (r 32 || s 32 || PVT 65)",
        assertThrows(MalformedMessageException.class, () -> EccsiSignature.decode(Bytes.copyOf(longer)))
            .getMessage());
  }

  private static byte[] withScalar(int offset, BigInteger value) {
    byte[] s = signature.clone();
    byte[] v = new byte[32];
    byte[] b = value.toByteArray();
    int n = Math.min(32, b.length);
    System.arraycopy(b, b.length - n, v, 32 - n, n);
    System.arraycopy(v, 0, s, offset, 32);
    return s;
  }

  @Test
  void verify_rOrSOutOfRange_isRejectedNamingTheScalar() {
    BigInteger max = BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE);
    for (BigInteger bad : new BigInteger[] {BigInteger.ZERO, Q, Q.add(BigInteger.ONE), max}) {
      assertEquals(REJECTED + "r is not in [1, q-1]", rejection(withScalar(0, bad)), bad.toString(16));
      assertEquals(REJECTED + "s is not in [1, q-1]", rejection(withScalar(32, bad)), bad.toString(16));
    }
  }

  @Test
  void verify_pvtNotACurvePoint_isRejectedNamingTheCheck() {
    assertEquals(REJECTED + "PVT x coordinate is not less than p", rejection(withScalar(65, P)));
    assertEquals(REJECTED + "PVT y coordinate is not less than p", rejection(withScalar(97, P.add(BigInteger.TWO))));
    byte[] zero = withScalar(65, BigInteger.ZERO);
    System.arraycopy(new byte[32], 0, zero, 97, 32);
    assertEquals(REJECTED + "PVT is (0, 0), an encoding of the point at infinity, not a curve point",
        rejection(zero));
    assertEquals(REJECTED + "PVT is not a point on the curve P-256", rejection(withScalar(97, BigInteger.ONE)));
  }

  @Test
  void validate_everySingleBitFlipOfThePvt_isRejected() {
    byte[] pvt = vector.hex("pvt");
    Tamper.everyBitFlip(pvt).forEach(f -> {
      KeyMaterialException e = assertThrows(KeyMaterialException.class, () -> EccsiSigningKey.validate(kpak, id,
          EccsiVectors.secret(vector, "ssk"), Bytes.copyOf(f.data())), f.toString());
      assertTrue(e.getMessage().startsWith("PVT "), f + ": " + e.getMessage());
    });
  }

  @Test
  void validate_everySingleBitFlipOfTheSsk_failsTheRfcCheck() {
    byte[] ssk = vector.hex("ssk");
    Tamper.everyBitFlip(ssk).forEach(f -> {
      KeyMaterialException e = assertThrows(KeyMaterialException.class, () -> EccsiSigningKey.validate(kpak, id,
          SecretBytes.copyOf(f.data(), InsecureSecretAccess.get()),
          EccsiVectors.bytes(vector, "pvt")), f.toString());
      assertTrue(Set.of("ECCSI key set rejected: [SSK]G does not equal KPAK + [HS]PVT (RFC 6507 §5.1.2)",
          "SSK is not in [1, q-1]").contains(e.getMessage()), f + ": " + e.getMessage());
    });
  }
}
