// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.kms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mcxsec.crypto.InsecureSecretAccess;
import org.mcxsec.crypto.KeyMaterialException;
import org.mcxsec.crypto.kdf.KeyPeriod;
import org.mcxsec.crypto.kdf.MikeySakkeUid;
import org.mcxsec.kms.internal.JdbcKmsStore;
import org.mcxsec.store.Database;
import org.mcxsec.store.KeyEncryptionKey;
import org.mcxsec.store.SecretSealer;
import org.mcxsec.store.TestDatabase;

/** The KMS service over the JDBC store, on H2 and on PostgreSQL. */
class KmsServiceTest {
  private static final String KMS = "kms.example.org";
  private static final String ALICE = "sip:alice@example.org";
  private static final KeyPeriod PERIOD = new KeyPeriod(86_400, 0);
  /** Noon of a day: far from both period boundaries. */
  private static final Instant NOON = Instant.parse("2026-03-10T12:00:00Z");

  private final SecureRandom random = new SecureRandom();
  private final KeyEncryptionKey kek = KeyEncryptionKey.generate(random);
  private final FakeKmsCrypto crypto = new FakeKmsCrypto();

  static Iterable<String> kinds() {
    return TestDatabase.kinds();
  }

  private KmsService open(Database db, Instant now) throws KeyMaterialException {
    return open(db, now, kek, PERIOD);
  }

  private KmsService open(Database db, Instant now, KeyEncryptionKey k, KeyPeriod p) throws KeyMaterialException {
    KmsSettings s = new KmsSettings(KMS, p, Duration.ofMinutes(30), Duration.ofDays(365));
    return KmsService.open(s, crypto, new JdbcKmsStore(db), new SecretSealer(k, random), random,
        Clock.fixed(now, ZoneOffset.UTC));
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void open_sameDatabaseAgain_servesSameCommunityAndKeySets(String kind) throws Exception {
    try (TestDatabase t = TestDatabase.create(kind)) {
      KmsCertificate first;
      UserKeySet issued;
      try (Database db = t.open()) {
        KmsService kms = open(db, NOON);
        first = kms.certificate();
        issued = kms.provision(ALICE).get(0);
      }
      try (Database db = t.open()) {
        KmsService again = open(db, NOON.plusSeconds(60));
        assertEquals(first, again.certificate());
        UserKeySet reread = again.provision(ALICE).get(0);
        assertTrue(reread.ssk().equalsConstantTime(issued.ssk()));
        assertTrue(reread.rsk().equalsConstantTime(issued.rsk()));
        assertEquals(issued.pvt(), reread.pvt());
      }
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void provision_midPeriod_returnsCurrentSetForTheUid(String kind) throws Exception {
    try (TestDatabase t = TestDatabase.create(kind); Database db = t.open()) {
      KmsService kms = open(db, NOON);
      List<UserKeySet> sets = kms.provision(ALICE);
      assertEquals(1, sets.size());
      UserKeySet k = sets.get(0);
      long periodNo = PERIOD.periodNumberAt(NOON);
      assertEquals(periodNo, k.keyPeriodNo());
      assertEquals(MikeySakkeUid.of(ALICE, KMS, PERIOD, periodNo), k.userId());
      assertEquals(Instant.parse("2026-03-10T00:00:00Z"), k.validFrom());
      assertEquals(Instant.parse("2026-03-11T00:00:00Z"), k.validTo());
      KmsCertificate c = kms.certificate();
      assertTrue(FakeKmsCrypto.validate(c.pubAuthKey(), c.pubEncKey(), k.userId(), k.ssk(), k.pvt(), k.rsk()));
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void provision_nearPeriodEnd_alsoReturnsNextPeriod(String kind) throws Exception {
    try (TestDatabase t = TestDatabase.create(kind); Database db = t.open()) {
      KmsService kms = open(db, Instant.parse("2026-03-10T23:40:00Z"));
      List<UserKeySet> sets = kms.provision(ALICE);
      assertEquals(2, sets.size());
      assertEquals(sets.get(0).keyPeriodNo() + 1, sets.get(1).keyPeriodNo());
      assertFalse(sets.get(0).userId().equals(sets.get(1).userId()));
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void storage_rawRows_doNotContainSecrets(String kind) throws Exception {
    try (TestDatabase t = TestDatabase.create(kind); Database db = t.open()) {
      KmsService kms = open(db, NOON);
      UserKeySet k = kms.provision(ALICE).get(0);
      String ksak = hex(ksakOf(db));
      String ssk = hex(k.ssk().toByteArray(InsecureSecretAccess.get()));
      String rsk = hex(k.rsk().toByteArray(InsecureSecretAccess.get())).substring(0, 64);
      String raw = dump(db, "kms_community") + dump(db, "kms_user_key_set");
      assertTrue(raw.contains(kms.certificate().pubAuthKey().toHex()), "the public KPAK is stored in the clear");
      assertFalse(raw.contains(ksak), "KSAK in the clear");
      assertFalse(raw.contains(ssk), "SSK in the clear");
      assertFalse(raw.contains(rsk), "RSK in the clear");
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void open_otherKek_refusesStoredSecrets(String kind) throws Exception {
    try (TestDatabase t = TestDatabase.create(kind); Database db = t.open()) {
      open(db, NOON);
      KeyMaterialException e = assertThrows(KeyMaterialException.class,
          () -> open(db, NOON, KeyEncryptionKey.generate(random), PERIOD));
      assertEquals("sealed kms_community.ksak[kms.example.org] does not open under the configured key-encryption"
          + " key (another key, another row, or a modified value)", e.getMessage());
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void open_otherKeyPeriod_refusesToChangeIt(String kind) throws Exception {
    try (TestDatabase t = TestDatabase.create(kind); Database db = t.open()) {
      open(db, NOON);
      IllegalStateException e = assertThrows(IllegalStateException.class,
          () -> open(db, NOON, kek, new KeyPeriod(3600, 0)));
      assertEquals("KMS kms.example.org was created with user-key-period 86400 s and user-key-offset 0 s; the"
          + " configuration asks for 3600 s and 0 s (UIDs depend on them, so they cannot change)", e.getMessage());
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void keySet_concurrentFirstRequests_allGetTheSameKeys(String kind) throws Exception {
    try (TestDatabase t = TestDatabase.create(kind); Database db = t.open()) {
      KmsService a = open(db, NOON);
      KmsService b = open(db, NOON);
      ExecutorService pool = Executors.newFixedThreadPool(8);
      try {
        List<Future<UserKeySet>> results = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
          KmsService s = i % 2 == 0 ? a : b;
          results.add(pool.submit(() -> s.keySet(ALICE, 100)));
        }
        UserKeySet first = results.get(0).get();
        for (Future<UserKeySet> f : results) {
          assertEquals(first.pvt(), f.get().pvt());
          assertTrue(first.ssk().equalsConstantTime(f.get().ssk()));
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }

  /** The KSAK as the service sealed it, opened again with the test's KEK. */
  private byte[] ksakOf(Database db) throws KeyMaterialException {
    KmsStore.SealedCommunity row = new JdbcKmsStore(db).findCommunity(KMS).orElseThrow();
    return new SecretSealer(kek, random).open(row.ksakSealed(), KmsService.communityRow(KMS, "ksak"))
        .toByteArray(InsecureSecretAccess.get());
  }

  private static String dump(Database db, String table) {
    return db.transaction(c -> dumpTable(c, table));
  }

  private static String dumpTable(Connection c, String table) throws java.sql.SQLException {
    StringBuilder b = new StringBuilder();
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT * FROM " + table)) {
      int n = r.getMetaData().getColumnCount();
      while (r.next()) {
        for (int i = 1; i <= n; i++) {
          Object o = r.getObject(i);
          b.append(o instanceof byte[] bytes ? hex(bytes) : String.valueOf(o)).append('|');
        }
      }
    }
    return b.toString();
  }

  private static String hex(byte[] b) {
    return java.util.HexFormat.of().formatHex(b);
  }
}
