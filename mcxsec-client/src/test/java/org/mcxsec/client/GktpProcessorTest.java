// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.InsecureSecretAccess;
import org.mcxsec.crypto.McxException;
import org.mcxsec.crypto.SecretBytes;
import org.mcxsec.crypto.eccsi.EccsiKmsKey;
import org.mcxsec.crypto.eccsi.EccsiSigningKey;
import org.mcxsec.crypto.kdf.KeyPeriod;
import org.mcxsec.crypto.sakke.SakkeKmsKey;
import org.mcxsec.mikey.IMessageCreator;
import org.mcxsec.mikey.IMessageOpener;
import org.mcxsec.mikey.KmsCertificate;
import org.mcxsec.mikey.MikeyIdentity;
import org.mcxsec.mikey.ReceiverKeySet;
import org.mcxsec.testkit.Tamper;

/** GKTPs are real signed I_MESSAGEs: a valid one fills the table, anything else leaves it untouched. */
class GktpProcessorTest {
  static final String KMS = "kms.example.org";
  static final String GMS = "sip:gms@example.org";
  static final String ALICE = "sip:alice@example.org";
  static final KeyPeriod PERIOD = new KeyPeriod(2_592_000, 0);
  static final SecureRandom RANDOM = new SecureRandom();
  static EccsiKmsKey eccsi;
  static SakkeKmsKey sakke;
  static IMessageCreator gms;
  static IMessageOpener alice;
  static long ntp;

  @BeforeAll
  static void keys() throws Exception {
    eccsi = EccsiKmsKey.generate(RANDOM);
    sakke = SakkeKmsKey.generate(RANDOM);
    ntp = Instant.now().getEpochSecond() + KeyPeriod.NTP_UNIX_OFFSET;
    MikeyIdentity g = MikeyIdentity.of(GMS, KMS, PERIOD);
    EccsiSigningKey gmsKey = eccsi.issue(g.uidAt(ntp), RANDOM);
    gms = IMessageCreator.eccsiSakke(g, gmsKey, RANDOM, Clock.systemUTC());
    alice = IMessageOpener.builder(ALICE).kms(new KmsCertificate(KMS, eccsi.kpak(), sakke.publicKey(), PERIOD))
        .keySet(ReceiverKeySet.of(PERIOD.periodNumberAt(Instant.now()),
            sakke.issue(MikeyIdentity.of(ALICE, KMS, PERIOD).uidAt(ntp))))
        .authorisedGmkInitiators(GMS::equals).build();
  }

  @AfterAll
  static void close() {
    eccsi.close();
    sakke.close();
  }

  static Bytes gktp(String to, int gmkId, byte[] key) throws McxException {
    return gms.createGmk(SecretBytes.copyOf(key, InsecureSecretAccess.get()), gmkId, Bytes.copyOf(new byte[16]),
        MikeyIdentity.of(to, KMS, PERIOD), sakke.publicKey(), List.of("sip:g1@example.org"));
  }

  @Test
  void process_validGktp_storesTheGmkUnderItsGroup() throws Exception {
    byte[] key = new byte[16];
    RANDOM.nextBytes(key);
    GmkTable t = new GmkTable();
    GmkEntry e = new GktpProcessor(alice, t).process(gktp(ALICE, 0x0abc_def0, key));
    assertEquals(0x0abc_def0, e.gmkId());
    assertEquals(Set.of("sip:g1@example.org"), e.groupIds());
    assertTrue(e.gmk().equalsConstantTime(SecretBytes.copyOf(key, InsecureSecretAccess.get())));
    assertEquals(e, t.active("sip:g1@example.org", Instant.now().plusSeconds(1)).orElseThrow());
  }

  @Test
  void process_gktpForAnotherMember_isRefused_andTheTableStaysEmpty() throws Exception {
    GmkTable t = new GmkTable();
    assertThrows(McxException.class, () -> new GktpProcessor(alice, t).process(gktp("sip:bob@example.org",
        0x0123_4567, new byte[16])));
    assertEquals(List.of(), t.all());
  }

  @Test
  void process_tamperedGktp_isRefused_andTheTableStaysEmpty() throws Exception {
    byte[] m = gktp(ALICE, 0x0111_2222, new byte[16]).toByteArray();
    GmkTable t = new GmkTable();
    GktpProcessor p = new GktpProcessor(alice, t);
    // one flip in the header, the RAND, the SAKKE payload and the signature
    for (int bit : new int[] {8 * 5, 8 * 40, 8 * (m.length - 200), 8 * (m.length - 3)}) {
      assertThrows(McxException.class, () -> p.process(Bytes.copyOf(Tamper.flipBit(m, bit))), "bit " + bit);
    }
    assertEquals(List.of(), t.all());
  }
}
