// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto.eccsi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.KeyMaterialException;
import org.mcxsec.crypto.McxException;
import org.mcxsec.crypto.VerificationFailedException;

/** Verification across the verifier's cache states: first PVT, cached PVT with its Y table, key-period change. */
class EccsiVerifierTest {
  private final SecureRandom random = new SecureRandom();

  private static Bytes tamper(Bytes b) {
    byte[] c = b.toByteArray();
    c[c.length - 1] ^= 1;
    return Bytes.copyOf(c);
  }

  @Test
  void verify_manyMessagesAndTwoKeyPeriods_acceptsValidRejectsForged() throws McxException {
    Bytes id = Bytes.fromHex("f0" + "ab".repeat(31));
    try (EccsiKmsKey kms = EccsiKmsKey.generate(random);
        EccsiSigningKey period1 = kms.issue(id, random);
        EccsiSigningKey period2 = kms.issue(id, random)) {
      EccsiVerifier verifier = new EccsiVerifier(kms.kpak(), id);
      for (EccsiSigningKey key : new EccsiSigningKey[] {period1, period2, period1}) {
        EccsiSigner signer = new EccsiSigner(key, random);
        for (int i = 0; i < 5; i++) {
          Bytes message = Bytes.fromHex("00".repeat(i) + "42");
          EccsiSignature s = signer.sign(message);
          verifier.verify(message, s);
          EccsiSignature forged = new EccsiSignature(s.r(), tamper(s.s()), s.pvt());
          assertEquals("ECCSI signature rejected: J_x does not equal r",
              assertThrows(VerificationFailedException.class, () -> verifier.verify(message, forged)).getMessage());
          assertThrows(VerificationFailedException.class, () -> verifier.verify(tamper(message), s));
        }
      }
    }
  }

  @Test
  void verify_signatureOfAnotherKms_isRejected() throws McxException {
    Bytes id = Bytes.fromHex("01");
    try (EccsiKmsKey kms = EccsiKmsKey.generate(random);
        EccsiKmsKey other = EccsiKmsKey.generate(random);
        EccsiSigningKey key = other.issue(id, random)) {
      EccsiSignature s = new EccsiSigner(key, random).sign(Bytes.empty());
      assertThrows(VerificationFailedException.class,
          () -> new EccsiVerifier(kms.kpak(), id).verify(Bytes.empty(), s));
    }
  }

  @Test
  void constructor_invalidKpak_throwsKeyMaterial() {
    assertEquals("KPAK is 1 octets, expected 65 (0x04 || x || y)", assertThrows(KeyMaterialException.class,
        () -> new EccsiVerifier(Bytes.fromHex("00"), Bytes.empty())).getMessage());
    assertThrows(KeyMaterialException.class, () -> new EccsiKpakVerifier(Bytes.fromHex("04" + "00".repeat(64))));
  }

  @Test
  void kpakVerifier_manySigners_verifiesEachUnderItsOwnId() throws McxException {
    try (EccsiKmsKey kms = EccsiKmsKey.generate(random)) {
      EccsiKpakVerifier verifiers = new EccsiKpakVerifier(kms.kpak(), 2);
      Bytes[] ids = {Bytes.fromHex("a1"), Bytes.fromHex("b2"), Bytes.fromHex("c3")};
      for (int round = 0; round < 2; round++) {
        for (Bytes id : ids) {
          try (EccsiSigningKey key = kms.issue(id, random)) {
            EccsiSignature s = new EccsiSigner(key, random).sign(id);
            verifiers.verify(id, id, s);
            Bytes otherId = id.equals(ids[0]) ? ids[1] : ids[0];
            assertThrows(VerificationFailedException.class, () -> verifiers.verify(otherId, id, s));
          }
        }
      }
      assertSame(verifiers.forSigner(ids[2]), verifiers.forSigner(ids[2]));
      assertThrows(IllegalArgumentException.class, () -> new EccsiKpakVerifier(kms.kpak(), 0));
    }
  }
}
