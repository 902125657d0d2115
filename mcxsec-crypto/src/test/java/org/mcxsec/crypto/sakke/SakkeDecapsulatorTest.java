// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto.sakke;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.InsecureSecretAccess;
import org.mcxsec.crypto.KeyMaterialException;
import org.mcxsec.crypto.MalformedMessageException;
import org.mcxsec.crypto.SecretBytes;
import org.mcxsec.crypto.VerificationFailedException;
import org.mcxsec.testkit.Tamper;

/** Decapsulation: round trips, rejection of every single-bit flip, wrong receivers, use after close. */
class SakkeDecapsulatorTest {
  private static final SecureRandom RANDOM = new SecureRandom();

  @Test
  void decapsulate_freshEncapsulations_returnTheirSsv() throws Exception {
    for (int i = 0; i < 5; i++) {
      byte[] raw = new byte[16];
      RANDOM.nextBytes(raw);
      raw[0] = (byte) (i == 0 ? 0 : raw[0]);
      SakkeEncapsulatedData sed = SakkeFixtures.encapsulateToReceiver(SakkeKnownAnswerTest.secret(raw));
      SecretBytes ssv = SakkeFixtures.DECAPSULATOR.decapsulate(sed);
      assertArrayEquals(raw, ssv.toByteArray(InsecureSecretAccess.get()));
    }
  }

  /** All 273 × 8 flips: a flip in R almost always leaves the curve (decode fails); one in H fails the R check. */
  @Test
  void decapsulate_everySingleBitFlip_isRejected() {
    byte[] sed = SakkeFixtures.encapsulateToReceiver(SakkeKnownAnswerTest.secret(new byte[16])).encode().toByteArray();
    int[] outcomes = new int[2];
    Tamper.everyBitFlip(sed).forEach(f -> {
      SakkeEncapsulatedData decoded;
      try {
        decoded = SakkeEncapsulatedData.decode(Bytes.copyOf(f.data()));
      } catch (MalformedMessageException e) {
        outcomes[0]++;
        return;
      }
      VerificationFailedException e = assertThrows(VerificationFailedException.class,
          () -> SakkeFixtures.DECAPSULATOR.decapsulate(decoded), f.toString());
      assertEquals("SAKKE R check failed", e.getMessage());
      outcomes[1]++;
    });
    assertEquals(273 * 8, outcomes[0] + outcomes[1]);
    assertTrue(outcomes[1] >= 128, "every H flip reaches the R check");
  }

  @Test
  void decapsulate_encapsulatedToAnotherIdentifier_failsTheRCheck() throws Exception {
    byte[] other = SakkeFixtures.RECEIVER_ID.toByteArray();
    other[31] ^= 1;
    SakkeEncapsulatedData sed =
        SakkeFixtures.ENCAPSULATOR.encapsulate(Bytes.copyOf(other), SakkeKnownAnswerTest.secret(new byte[16]));
    assertThrows(VerificationFailedException.class, () -> SakkeFixtures.DECAPSULATOR.decapsulate(sed));
  }

  @Test
  void decapsulate_pointOfOrderTwo_failsTheRCheck() throws Exception {
    byte[] sed = new byte[273];
    sed[0] = 4; // R = (0, 0): on the curve, order 2
    SakkeEncapsulatedData d = SakkeEncapsulatedData.decode(Bytes.copyOf(sed));
    assertThrows(VerificationFailedException.class, () -> SakkeFixtures.DECAPSULATOR.decapsulate(d));
  }

  @Test
  void decapsulate_afterClose_throwsIllegalState() throws KeyMaterialException {
    SakkeReceiverKey key = SakkeFixtures.KMS.issue(Bytes.fromHex("00112233"));
    SakkeDecapsulator d = new SakkeDecapsulator(key);
    SakkeEncapsulatedData sed =
        SakkeFixtures.ENCAPSULATOR.encapsulate(Bytes.fromHex("00112233"), SakkeKnownAnswerTest.secret(new byte[16]));
    d.close();
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> d.decapsulate(sed));
    assertEquals("SakkeDecapsulator is closed", e.getMessage());
  }

  @Test
  void toString_namesIdentifierOnly() {
    String s = SakkeFixtures.DECAPSULATOR.toString();
    assertEquals("SakkeDecapsulator[id=" + SakkeFixtures.RECEIVER_ID + "]", s);
  }
}
