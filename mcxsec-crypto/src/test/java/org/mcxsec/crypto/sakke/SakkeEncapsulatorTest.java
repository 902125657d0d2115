// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto.sakke;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.InsecureSecretAccess;
import org.mcxsec.crypto.KeyMaterialException;
import org.mcxsec.crypto.SecretBytes;
import org.mcxsec.crypto.sakke.internal.SakkeReference;

/** Encapsulator construction and arguments; the per-recipient tables and edge identifiers against the reference. */
class SakkeEncapsulatorTest {
  private static final SakkeReference.Point Z = SakkeReference.Point.decode(SakkeFixtures.KMS.publicKey().toByteArray());

  @Test
  void forKms_pointOfOrderTwo_isRejected() {
    byte[] z = new byte[257];
    z[0] = 4;
    KeyMaterialException e = assertThrows(KeyMaterialException.class, () -> SakkeEncapsulator.forKms(Bytes.copyOf(z)));
    assertEquals("SAKKE KMS public key Z: not a point of order q ([q]Z is not the point at infinity)", e.getMessage());
  }

  @Test
  void forKms_wrongLength_isRejected() {
    KeyMaterialException e = assertThrows(KeyMaterialException.class,
        () -> SakkeEncapsulator.forKms(SakkeFixtures.KMS.publicKey().slice(0, 65)));
    assertEquals("SAKKE KMS public key Z: expected 257 octets (0x04 ‖ x ‖ y), got 65", e.getMessage());
  }

  @Test
  void encapsulate_ssvOf15Octets_isRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SakkeFixtures.ENCAPSULATOR.encapsulate(SakkeFixtures.RECEIVER_ID, SecretBytes.copyOf(new byte[15],
            InsecureSecretAccess.get())));
    assertEquals("SAKKE SSV: expected 16 octets, got 15", e.getMessage());
  }

  @Test
  void encapsulate_emptyIdentifier_isRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SakkeFixtures.ENCAPSULATOR.encapsulate(Bytes.empty(), SakkeKnownAnswerTest.secret(new byte[16])));
    assertEquals("SAKKE identifier is empty; expected at least one octet", e.getMessage());
  }

  @Test
  void encapsulate_allZeroIdentifier_matchesReference() {
    byte[] id = new byte[32]; // b = 0: R = [r]Z
    byte[] ssv = new byte[16];
    Arrays.fill(ssv, (byte) 0x80);
    assertArrayEquals(SakkeReference.encapsulate(Z, id, ssv), SakkeFixtures.ENCAPSULATOR
        .encapsulate(Bytes.copyOf(id), SakkeKnownAnswerTest.secret(ssv)).encode().toByteArray());
  }

  @Test
  void encapsulate_identifierLongerThanQ_isReducedAndMatchesReference() {
    byte[] id = new byte[200];
    Arrays.fill(id, (byte) 0xee);
    byte[] ssv = new byte[16];
    assertArrayEquals(SakkeReference.encapsulate(Z, id, ssv), SakkeFixtures.ENCAPSULATOR
        .encapsulate(Bytes.copyOf(id), SakkeKnownAnswerTest.secret(ssv)).encode().toByteArray());
  }

  /** The 64th encapsulation to one recipient builds its table; outputs before and after are the reference's. */
  @Test
  void encapsulate_repeatedRecipient_switchesToItsOwnTableWithSameResults() throws Exception {
    SakkeEncapsulator encapsulator = SakkeEncapsulator.forKms(SakkeFixtures.KMS.publicKey(), 1);
    byte[] id = SakkeFixtures.RECEIVER_ID.toByteArray();
    for (int i = 0; i < 70; i++) {
      byte[] ssv = new byte[16];
      ssv[0] = (byte) i;
      ssv[15] = (byte) (0xff - i);
      byte[] got = encapsulator.encapsulate(Bytes.copyOf(id), SakkeKnownAnswerTest.secret(ssv)).encode().toByteArray();
      if (i == 0 || i == 63 || i == 69) {
        assertArrayEquals(SakkeReference.encapsulate(Z, id, ssv), got, "encapsulation " + (i + 1));
      } else {
        assertArrayEquals(ssv, SakkeFixtures.DECAPSULATOR.decapsulate(SakkeEncapsulatedData.decode(Bytes.copyOf(got)))
            .toByteArray(InsecureSecretAccess.get()), "encapsulation " + (i + 1));
      }
    }
  }

  @Test
  void forKms_negativeTableCount_isRejected() {
    assertThrows(IllegalArgumentException.class, () -> SakkeEncapsulator.forKms(SakkeFixtures.KMS.publicKey(), -1));
  }
}
