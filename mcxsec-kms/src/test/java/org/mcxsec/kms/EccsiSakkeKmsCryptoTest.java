// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.kms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.InsecureSecretAccess;
import org.mcxsec.crypto.KeyMaterialException;
import org.mcxsec.crypto.SecretBytes;
import org.mcxsec.crypto.eccsi.EccsiSigningKey;
import org.mcxsec.crypto.kdf.KeyPeriod;
import org.mcxsec.crypto.sakke.SakkeReceiverKey;
import org.mcxsec.kms.internal.JdbcKmsStore;
import org.mcxsec.store.Database;
import org.mcxsec.store.KeyEncryptionKey;
import org.mcxsec.store.SecretSealer;
import org.mcxsec.store.TestDatabase;

/** The KMS with the real ECCSI and SAKKE: issued keys validate as RFC 6507 §5.1.2 and RFC 6508 §6.1.2 require. */
class EccsiSakkeKmsCryptoTest {
  private final SecureRandom random = new SecureRandom();
  private final EccsiSakkeKmsCrypto crypto = new EccsiSakkeKmsCrypto();

  @Test
  void restore_storedSecrets_givesSamePublicKeys() throws Exception {
    KmsCommunityKeys fresh = crypto.generate(random);
    assertEquals(65, fresh.kpak().size());
    assertEquals(257, fresh.pubEncKey().size());
    KmsCommunityKeys again = crypto.restore(fresh.ksak(), fresh.z());
    assertEquals(fresh.kpak(), again.kpak());
    assertEquals(fresh.pubEncKey(), again.pubEncKey());
  }

  @Test
  void issue_keysValidateAgainstThePublicKeys() throws Exception {
    KmsCommunityKeys kms = crypto.generate(random);
    Bytes uid = Bytes.fromHex("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
    IssuedUserKeys k = kms.issue(uid, random);
    EccsiSigningKey.validate(kms.kpak(), uid, k.ssk(), k.pvt()).close();
    SakkeReceiverKey.validate(kms.pubEncKey(), uid, k.rsk()).close();
  }

  @Test
  void validate_keysOfAnotherUid_areRefused() throws Exception {
    KmsCommunityKeys kms = crypto.generate(random);
    IssuedUserKeys k = kms.issue(Bytes.fromHex("01"), random);
    Bytes other = Bytes.fromHex("02");
    assertThrows(KeyMaterialException.class, () -> EccsiSigningKey.validate(kms.kpak(), other, k.ssk(), k.pvt()));
    assertThrows(KeyMaterialException.class, () -> SakkeReceiverKey.validate(kms.pubEncKey(), other, k.rsk()));
  }

  @Test
  void restore_zOutOfRange_isRefused() {
    SecretBytes zero = SecretBytes.copyOf(new byte[128], InsecureSecretAccess.get());
    SecretBytes ksak = SecretBytes.random(32, random);
    assertThrows(KeyMaterialException.class, () -> crypto.restore(ksak, zero));
  }

  @Test
  void kmsService_withRealCrypto_provisionsValidKeySetsThatSurviveReopen() throws Exception {
    KeyEncryptionKey kek = KeyEncryptionKey.generate(random);
    KmsSettings settings = KmsSettings.of("kms.example.org", new KeyPeriod(2_592_000, 0));
    Clock clock = Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC);
    try (TestDatabase t = TestDatabase.create("h2"); Database db = t.open()) {
      KmsService kms = KmsService.open(settings, crypto, new JdbcKmsStore(db), new SecretSealer(kek, random),
          random, clock);
      UserKeySet k = kms.provision("sip:alice@example.org").get(0);
      assertEquals(1521, k.keyPeriodNo(), "ts33180.md §1.4: 2025-01-01T00:00:00Z is period 1521 of 30 days");
      EccsiSakkeKmsCrypto.validate(kms.certificate(), k);
      KmsService reopened = KmsService.open(settings, crypto, new JdbcKmsStore(db), new SecretSealer(kek, random),
          random, clock);
      assertEquals(kms.certificate(), reopened.certificate());
      EccsiSakkeKmsCrypto.validate(reopened.certificate(), reopened.keySet("sip:bob@example.org", 1521));
    }
  }
}
