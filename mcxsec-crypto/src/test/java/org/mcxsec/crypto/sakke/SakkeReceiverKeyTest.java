// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto.sakke;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.InsecureSecretAccess;
import org.mcxsec.crypto.KeyMaterialException;
import org.mcxsec.crypto.SecretBytes;
import org.mcxsec.testkit.Tamper;

/** RSK validation (RFC 6508 §6.1.2) with precise messages, redaction, constant-time equality, wiping. */
class SakkeReceiverKeyTest {
  private static final Bytes Z = SakkeFixtures.KMS.publicKey();
  private static final Bytes ID = SakkeFixtures.RECEIVER_ID;

  @Test
  void validate_issuedKey_isAcceptedAndEqualsIt() throws Exception {
    try (SakkeReceiverKey k = SakkeReceiverKey.validate(Z, ID, SakkeFixtures.RECEIVER.rsk())) {
      assertTrue(k.equalsKey(SakkeFixtures.RECEIVER));
      assertEquals(ID, k.id());
      assertEquals(Z, k.zPub());
    }
  }

  @Test
  void validate_everyBitFlipOfTheRsk_isRejected() {
    byte[] rsk = SakkeFixtures.RECEIVER.rsk().toByteArray(InsecureSecretAccess.get());
    Tamper.everyBitFlip(rsk).forEach(f -> {
      KeyMaterialException e = assertThrows(KeyMaterialException.class,
          () -> SakkeReceiverKey.validate(Z, ID, SecretBytes.copyOf(f.data(), InsecureSecretAccess.get())), f.toString());
      assertTrue(e.getMessage().startsWith("SAKKE receiver key for identifier " + ID + ": RSK"), e.getMessage());
    });
  }

  @Test
  void validate_wrongIdentifier_failsThePairingCheck() {
    Bytes other = Bytes.fromHex("81" + ID.toHex().substring(2));
    KeyMaterialException e =
        assertThrows(KeyMaterialException.class, () -> SakkeReceiverKey.validate(Z, other, SakkeFixtures.RECEIVER.rsk()));
    assertEquals("SAKKE receiver key for identifier " + other
        + ": RSK validation failed: ⟨[b]P + Z, RSK⟩ ≠ g (RFC 6508 §6.1.2)", e.getMessage());
  }

  @Test
  void validate_rskOfWrongLength_namesTheLength() {
    byte[] rsk = SakkeFixtures.RECEIVER.rsk().toByteArray(InsecureSecretAccess.get());
    KeyMaterialException e = assertThrows(KeyMaterialException.class, () -> SakkeReceiverKey.validate(Z, ID,
        SecretBytes.copyOf(java.util.Arrays.copyOf(rsk, 256), InsecureSecretAccess.get())));
    assertEquals("SAKKE receiver key for identifier " + ID + ": RSK: expected 257 octets (0x04 ‖ x ‖ y), got 256",
        e.getMessage());
  }

  @Test
  void validate_wellFormedRskWithBadZ_namesZ() {
    byte[] z = Z.toByteArray();
    z[0] = 3;
    KeyMaterialException e = assertThrows(KeyMaterialException.class,
        () -> SakkeReceiverKey.validate(Bytes.copyOf(z), ID, SakkeFixtures.RECEIVER.rsk()));
    assertEquals("SAKKE KMS public key Z: first octet is 0x03, expected 0x04 (uncompressed point)", e.getMessage());
  }

  @Test
  void validate_zOffCurve_isRejected() {
    byte[] z = Z.toByteArray();
    z[200] ^= 1;
    KeyMaterialException e = assertThrows(KeyMaterialException.class,
        () -> SakkeReceiverKey.validate(Bytes.copyOf(z), ID, SakkeFixtures.RECEIVER.rsk()));
    assertEquals("SAKKE KMS public key Z: (x, y) is not a point of the curve y² = x³ − 3x", e.getMessage());
  }

  @Test
  void validate_emptyIdentifier_isRejected() {
    KeyMaterialException e = assertThrows(KeyMaterialException.class,
        () -> SakkeReceiverKey.validate(Z, Bytes.empty(), SakkeFixtures.RECEIVER.rsk()));
    assertEquals("SAKKE identifier is empty; expected at least one octet", e.getMessage());
  }

  @Test
  void toString_redactsTheRsk() {
    String s = SakkeFixtures.RECEIVER.toString();
    String rskHex = Bytes.copyOf(SakkeFixtures.RECEIVER.rsk().toByteArray(InsecureSecretAccess.get())).toHex();
    assertTrue(s.endsWith("rsk=<redacted>]"), s);
    assertFalse(s.contains(rskHex.substring(2, 40)), s);
  }

  @Test
  void close_wipesTheRsk() throws Exception {
    SakkeReceiverKey k = SakkeFixtures.KMS.issue(Bytes.fromHex("0102"));
    k.close();
    assertThrows(IllegalStateException.class, k::rsk);
  }
}
