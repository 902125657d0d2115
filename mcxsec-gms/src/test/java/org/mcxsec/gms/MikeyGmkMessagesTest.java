// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.gms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.SecretBytes;
import org.mcxsec.crypto.eccsi.EccsiKmsKey;
import org.mcxsec.crypto.kdf.KeyPeriod;
import org.mcxsec.crypto.kdf.MikeySakkeUid;
import org.mcxsec.crypto.kdf.UserSalt;
import org.mcxsec.crypto.sakke.SakkeKmsKey;
import org.mcxsec.mikey.IMessageOpener;
import org.mcxsec.mikey.KeyType;
import org.mcxsec.mikey.KmsCertificate;
import org.mcxsec.mikey.OpenedKey;
import org.mcxsec.mikey.ReceiverKeySet;

/** A GMK I_MESSAGE made for the fan-out opens at the member with the same GMK, GMK-ID, RAND and times. */
class MikeyGmkMessagesTest {
  private static final String KMS = "kms.example.org";
  private static final String GMS = "sip:gms@example.org";
  private static final String ALICE = "sip:alice@example.org";
  private static final String G1 = "sip:g1@example.org";
  private static final KeyPeriod PERIOD = new KeyPeriod(2_592_000, 0);

  @Test
  void create_opensAtTheMemberWithTheGmkAndItsParameters() throws Exception {
    SecureRandom random = new SecureRandom();
    Clock clock = Clock.fixed(Instant.parse("2026-03-10T12:00:00Z"), ZoneOffset.UTC);
    long periodNo = PERIOD.periodNumberAt(clock.instant());
    try (EccsiKmsKey eccsi = EccsiKmsKey.generate(random); SakkeKmsKey sakke = SakkeKmsKey.generate(random)) {
      MikeyGmkMessages messages = new MikeyGmkMessages(GMS, KMS, PERIOD, sakke.publicKey(),
          p -> eccsi.issue(MikeySakkeUid.of(GMS, KMS, PERIOD, p), random), random, clock);
      SecretBytes key = SecretBytes.random(16, random);
      Gmk gmk = new Gmk(G1, 0x0123_4567, Bytes.copyOf(new byte[16]), Instant.parse("2026-03-10T12:00:00Z"),
          Instant.parse("2026-04-09T12:00:00Z"), false);
      Bytes message = messages.create(key, gmk, ALICE, List.of(G1));

      Bytes aliceUid = MikeySakkeUid.of(ALICE, KMS, PERIOD, periodNo);
      IMessageOpener opener = IMessageOpener.builder(ALICE)
          .kms(new KmsCertificate(KMS, eccsi.kpak(), sakke.publicKey(), PERIOD))
          .keySet(ReceiverKeySet.of(periodNo, sakke.issue(aliceUid)))
          .clock(clock).build();
      try (OpenedKey opened = opener.open(message)) {
        assertEquals(KeyType.GMK, opened.keyType());
        assertTrue(opened.key().equalsConstantTime(key));
        assertEquals(0x0123_4567, opened.keyId());
        assertEquals(UserSalt.gukId(0x0123_4567, key, ALICE), opened.csbId());
        assertEquals(gmk.rand(), opened.rand());
        assertEquals(GMS, opened.signer());
        assertEquals(List.of(G1), opened.groupIds());
        assertEquals(gmk.activation(), opened.keyParameters().orElseThrow().activation().orElseThrow());
        assertEquals(gmk.expiry(), opened.keyParameters().orElseThrow().expiry().orElseThrow());
      }
    }
  }
}
