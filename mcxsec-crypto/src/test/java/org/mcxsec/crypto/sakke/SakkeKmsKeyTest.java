// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto.sakke;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.InsecureSecretAccess;
import org.mcxsec.crypto.KeyMaterialException;
import org.mcxsec.crypto.SecretBytes;
import org.mcxsec.crypto.sakke.internal.ParameterSet1;
import org.mcxsec.testkit.FixedSecureRandom;

/** KMS master secrets: the range of z, fixed randomness, issuing, refusing a + z ≡ 0, redaction, wiping. */
class SakkeKmsKeyTest {
  private static final BigInteger Q = ParameterSet1.Q;

  @Test
  void fromZ_zeroOneQAndAbove_areRejected() {
    for (BigInteger z : new BigInteger[] {BigInteger.ZERO, BigInteger.ONE, Q, Q.add(BigInteger.ONE)}) {
      KeyMaterialException e = assertThrows(KeyMaterialException.class, () -> SakkeKmsKey.fromZ(secret(z, 128)));
      assertEquals("SAKKE master secret z (128 octets) is not an integer in [2, q − 1] of at most 128 octets"
          + " (RFC 6508 §6.1.1)", e.getMessage(), z.toString(16));
    }
  }

  @Test
  void fromZ_129Octets_isRejected() {
    KeyMaterialException e = assertThrows(KeyMaterialException.class, () -> SakkeKmsKey.fromZ(secret(BigInteger.TWO, 129)));
    assertTrue(e.getMessage().startsWith("SAKKE master secret z (129 octets)"), e.getMessage());
  }

  @Test
  void fromZ_twoAndQMinusOne_areAccepted() throws Exception {
    try (SakkeKmsKey two = SakkeKmsKey.fromZ(secret(BigInteger.TWO, 1));
        SakkeKmsKey top = SakkeKmsKey.fromZ(secret(Q.subtract(BigInteger.ONE), 128))) {
      assertEquals(257, two.publicKey().size());
      // [q − 1]P = −P: same x as P
      assertEquals(Bytes.copyOf(SakkeReferenceAccess.generatorEncoded()).slice(1, 129), top.publicKey().slice(1, 129));
    }
  }

  @Test
  void generate_fixedRandomness_isDeterministicAndRejectsOutOfRange() throws Exception {
    byte[] tooLarge = new byte[128];
    java.util.Arrays.fill(tooLarge, (byte) 0xff); // masked to 1022 bits, still above q: drawn again
    byte[] good = secret(BigInteger.valueOf(12345), 128).toByteArray(InsecureSecretAccess.get());
    try (SakkeKmsKey a = SakkeKmsKey.generate(new FixedSecureRandom(tooLarge, good));
        SakkeKmsKey b = SakkeKmsKey.fromZ(secret(BigInteger.valueOf(12345), 2))) {
      assertEquals(b.publicKey(), a.publicKey());
    }
  }

  @Test
  void issue_sameIdentifierTwice_givesEqualKeys() throws Exception {
    Bytes id = Bytes.fromHex("ff".repeat(32));
    try (SakkeReceiverKey a = SakkeFixtures.KMS.issue(id); SakkeReceiverKey b = SakkeFixtures.KMS.issue(id)) {
      assertTrue(a.equalsKey(b));
      try (SakkeReceiverKey other = SakkeFixtures.KMS.issue(Bytes.fromHex("fe" + "ff".repeat(31)))) {
        assertFalse(a.equalsKey(other));
      }
    }
  }

  @Test
  void issue_identifierWithAPlusZDivisibleByQ_isRefused() throws Exception {
    Bytes id = Bytes.fromHex("80" + "00".repeat(30) + "07");
    BigInteger a = new BigInteger(1, id.toByteArray());
    try (SakkeKmsKey kms = SakkeKmsKey.fromZ(secret(Q.subtract(a), 128))) {
      KeyMaterialException e = assertThrows(KeyMaterialException.class, () -> kms.issue(id));
      assertEquals("SAKKE identifier " + id + ": a + z ≡ 0 (mod q), it cannot be issued a key", e.getMessage());
      SakkeEncapsulator encapsulator = SakkeEncapsulator.forKms(kms.publicKey());
      IllegalArgumentException e2 = assertThrows(IllegalArgumentException.class,
          () -> encapsulator.encapsulate(id, SakkeKnownAnswerTest.secret(new byte[16])));
      assertTrue(e2.getMessage().contains("point at infinity"), e2.getMessage());
    }
  }

  @Test
  void issue_emptyIdentifier_isRefused() {
    KeyMaterialException e = assertThrows(KeyMaterialException.class, () -> SakkeFixtures.KMS.issue(Bytes.empty()));
    assertEquals("SAKKE identifier is empty; expected at least one octet", e.getMessage());
  }

  @Test
  void toString_redactsZ() {
    String s = SakkeFixtures.KMS.toString();
    assertTrue(s.contains("z=<redacted>"), s);
    assertFalse(s.contains(SakkeFixtures.APPENDIX_A.text("z")), s);
  }

  @Test
  void close_wipesZ_issueThenFails() throws Exception {
    SakkeKmsKey kms = SakkeKmsKey.fromZ(secret(BigInteger.valueOf(99), 1));
    kms.close();
    assertThrows(IllegalStateException.class, () -> kms.issue(Bytes.fromHex("01")));
  }

  static SecretBytes secret(BigInteger v, int octets) {
    byte[] raw = new byte[octets];
    byte[] b = v.toByteArray();
    int n = Math.min(b.length, octets);
    System.arraycopy(b, b.length - n, raw, octets - n, n);
    return SecretBytes.copyOf(raw, InsecureSecretAccess.get());
  }
}
