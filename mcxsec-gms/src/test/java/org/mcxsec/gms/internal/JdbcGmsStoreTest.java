// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.gms.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.gms.Gmk;
import org.mcxsec.gms.GmsStore.StoredGmk;
import org.mcxsec.gms.GroupKind;
import org.mcxsec.store.Database;
import org.mcxsec.store.TestDatabase;

/** Batched delivery inserts keep insert-if-absent, on H2 and on PostgreSQL. */
class JdbcGmsStoreTest {
  private static final String G1 = "sip:g1@example.org";
  private static final int GMK_ID = 0x0123_4567;
  private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");

  static Iterable<String> kinds() {
    return TestDatabase.kinds();
  }

  private static JdbcGmsStore storeWithGmk(Database db) {
    JdbcGmsStore store = new JdbcGmsStore(db);
    store.ensureGroup(G1, GroupKind.GROUP);
    store.insertGmk(new StoredGmk(new Gmk(G1, GMK_ID, Bytes.copyOf(new byte[16]), NOW, NOW.plusSeconds(86_400),
        false), Bytes.copyOf(new byte[32])), NOW);
    return store;
  }

  private static Bytes message(int b) {
    return Bytes.copyOf(new byte[] {(byte) b, 1, 2, 3});
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void insertDeliveries_newMembers_storesEveryOne(String kind) throws Exception {
    try (TestDatabase t = TestDatabase.create(kind); Database db = t.open()) {
      JdbcGmsStore store = storeWithGmk(db);
      Map<String, Bytes> batch = new LinkedHashMap<>();
      for (int i = 0; i < 100; i++) {
        batch.put("sip:m" + i + "@example.org", message(i));
      }
      store.insertDeliveries(GMK_ID, batch, NOW);
      assertEquals(batch.keySet(), store.deliveredTo(GMK_ID));
      assertEquals(Optional.of(message(42)), store.delivery(GMK_ID, "sip:m42@example.org"));
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void insertDeliveries_oneMemberAlreadyServed_keepsItsFirstMessageAndStoresTheRest(String kind) throws Exception {
    try (TestDatabase t = TestDatabase.create(kind); Database db = t.open()) {
      JdbcGmsStore store = storeWithGmk(db);
      store.insertDelivery(GMK_ID, "sip:b@example.org", message(7), NOW);
      Map<String, Bytes> batch = new LinkedHashMap<>();
      batch.put("sip:a@example.org", message(1));
      batch.put("sip:b@example.org", message(2));
      batch.put("sip:c@example.org", message(3));
      store.insertDeliveries(GMK_ID, batch, NOW);
      assertEquals(Set.of("sip:a@example.org", "sip:b@example.org", "sip:c@example.org"),
          store.deliveredTo(GMK_ID));
      assertEquals(Optional.of(message(7)), store.delivery(GMK_ID, "sip:b@example.org"));
      assertEquals(Optional.of(message(3)), store.delivery(GMK_ID, "sip:c@example.org"));
    }
  }
}
