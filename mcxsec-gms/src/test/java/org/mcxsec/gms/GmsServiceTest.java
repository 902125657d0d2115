// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.gms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.InsecureSecretAccess;
import org.mcxsec.crypto.PolicyException;
import org.mcxsec.gms.internal.JdbcGmsStore;
import org.mcxsec.store.Database;
import org.mcxsec.store.KeyEncryptionKey;
import org.mcxsec.store.SecretSealer;
import org.mcxsec.store.TestDatabase;

/** GMK lifecycle, fan-out and documents over the JDBC store, on H2 and on PostgreSQL. */
class GmsServiceTest {
  private static final String G1 = "sip:g1@example.org";
  private static final String G2 = "sip:g2@example.org";
  private static final String SC = "sip:sc1@example.org";
  private static final String P1 = "sip:p1@example.org";
  private static final String A = "sip:alice@example.org";
  private static final String B = "sip:bob@example.org";
  private static final String C = "sip:carol@example.org";
  private static final String D = "sip:dave@example.org";

  private final SecureRandom random = new SecureRandom();
  private final KeyEncryptionKey kek = KeyEncryptionKey.generate(random);
  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-10T12:00:00Z"));
  private final GmkPolicy policy = new GmkPolicy(Duration.ofDays(10), Duration.ofDays(1));

  static Iterable<String> kinds() {
    return TestDatabase.kinds();
  }

  private GmsService service(Database db, GmkMessageFactory messages, FanOutProgress progress) {
    return new GmsService(new JdbcGmsStore(db), new SecretSealer(kek, random), messages, policy, random, clock,
        GmsListener.NONE, progress);
  }

  private GmsService service(Database db) {
    return service(db, FakeGmkMessages.working(), FanOutProgress.NONE);
  }

  private static List<GroupDefinition> config(List<String> g1) {
    return List.of(new GroupDefinition(G1, GroupKind.GROUP, g1),
        new GroupDefinition(G2, GroupKind.GROUP, List.of(C, D)),
        new GroupDefinition(SC, GroupKind.SECURITY_CONFIGURATION, List.of(A, B, C)),
        new GroupDefinition(P1, GroupKind.PRECONFIGURED, List.of(A, D)));
  }

  private static Bytes only(GroupDocument d) {
    assertEquals(1, d.gktps().size(), d.toString());
    return d.gktps().get(0).iMessage();
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void configure_deliversOneGmkToEveryMemberWithOneRand(String kind) throws Exception {
    try (TestDatabase t = TestDatabase.create(kind); Database db = t.open(); GmsService gms = service(db)) {
      gms.configure(config(List.of(A, B)));
      Gmk gmk = gms.gmks(G1).get(0);
      assertEquals(0, gmk.gmkId() >>> 28, "purpose tag 0");
      Bytes ma = only(gms.document(G1, A));
      Bytes mb = only(gms.document(G1, B));
      assertEquals(gmk.rand(), FakeGmkMessages.randOf(ma));
      assertEquals(FakeGmkMessages.randOf(ma), FakeGmkMessages.randOf(mb));
      assertEquals(FakeGmkMessages.keyCheckOf(ma), FakeGmkMessages.keyCheckOf(mb));
      assertEquals(gmk.gmkIdHex(), gms.document(G1, A).gktps().get(0).id());
      assertFalse(FakeGmkMessages.keyCheckOf(ma).equals(FakeGmkMessages.keyCheckOf(only(gms.document(G2, C)))));
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void fanOut_crashMidway_restartCompletesEachMemberExactlyOnce(String kind) throws Exception {
    List<String> many = IntStream.range(0, 40).mapToObj(i -> "sip:u" + i + "@example.org").toList();
    try (TestDatabase t = TestDatabase.create(kind)) {
      List<Bytes> before = new ArrayList<>();
      try (Database db = t.open(); GmsService crashing = service(db, FakeGmkMessages.crashAfter(15),
          FanOutProgress.NONE)) {
        assertThrows(IllegalStateException.class,
            () -> crashing.configure(List.of(new GroupDefinition(G1, GroupKind.GROUP, many))));
        for (String m : many) {
          GroupDocument d = crashing.document(G1, m);
          if (!d.gktps().isEmpty()) {
            before.add(only(d));
          }
        }
      }
      assertEquals(15, before.size());
      try (Database db = t.open(); GmsService restarted = service(db)) {
        restarted.maintain();
        assertEquals(1, restarted.gmks(G1).size(), "the stored GMK is completed, not replaced");
        Set<Bytes> checks = new HashSet<>();
        List<Bytes> after = new ArrayList<>();
        for (String m : many) {
          Bytes msg = only(restarted.document(G1, m));
          after.add(msg);
          checks.add(FakeGmkMessages.keyCheckOf(msg));
        }
        assertEquals(1, checks.size(), "every member holds the same GMK");
        assertTrue(after.containsAll(before), "deliveries made before the crash are kept unchanged");
      }
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void removeMember_rekeysTheOthersAndRevokesTheOldGmk(String kind) throws Exception {
    try (TestDatabase t = TestDatabase.create(kind); Database db = t.open(); GmsService gms = service(db)) {
      gms.configure(config(List.of(A, B, C)));
      Gmk old = gms.gmks(G1).get(0);
      gms.removeMember(G1, C);
      List<Gmk> gmks = gms.gmks(G1);
      assertEquals(2, gmks.size());
      assertTrue(gmks.stream().filter(g -> g.gmkId() == old.gmkId()).findFirst().orElseThrow().revoked());
      Bytes ma = only(gms.document(G1, A));
      assertEquals(FakeGmkMessages.keyCheckOf(ma), FakeGmkMessages.keyCheckOf(only(gms.document(G1, B))));
      PolicyException e = assertThrows(PolicyException.class, () -> gms.document(G1, C));
      assertEquals("sip:carol@example.org is not a member of group sip:g1@example.org", e.getMessage());
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void addMember_receivesTheLiveGmk(String kind) throws Exception {
    try (TestDatabase t = TestDatabase.create(kind); Database db = t.open(); GmsService gms = service(db)) {
      gms.configure(config(List.of(A)));
      gms.addMember(G1, D);
      assertEquals(FakeGmkMessages.keyCheckOf(only(gms.document(G1, A))),
          FakeGmkMessages.keyCheckOf(only(gms.document(G1, D))));
      assertEquals(1, gms.gmks(G1).size());
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void maintain_nearExpiry_rollsOverWithOverlap(String kind) throws Exception {
    try (TestDatabase t = TestDatabase.create(kind); Database db = t.open(); GmsService gms = service(db)) {
      gms.configure(config(List.of(A, B)));
      Gmk first = gms.gmks(G1).get(0);
      clock.advance(Duration.ofDays(9).plusHours(1));
      gms.maintain();
      List<Gmk> gmks = gms.gmks(G1);
      assertEquals(2, gmks.size());
      Gmk next = gmks.get(1);
      assertEquals(first.expiry().minus(Duration.ofHours(12)), next.activation());
      assertEquals(2, gms.document(G1, A).gktps().size(), "both GMKs are held across the change");
      clock.advance(Duration.ofDays(1));
      assertEquals(next.gmkIdHex(), gms.document(G1, A).gktps().get(0).id());
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void revoke_removesTheGktpFromDocuments(String kind) throws Exception {
    try (TestDatabase t = TestDatabase.create(kind); Database db = t.open(); GmsService gms = service(db)) {
      gms.configure(config(List.of(A, B)));
      gms.revoke(gms.gmks(G1).get(0).gmkId());
      assertTrue(gms.document(G1, A).gktps().isEmpty());
      gms.maintain();
      assertEquals(1, gms.document(G1, A).gktps().size(), "maintain replaces a revoked-only group's GMK");
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void regroup_constituentDocumentsCarryTheConfigurationsGktps(String kind) throws Exception {
    try (TestDatabase t = TestDatabase.create(kind); Database db = t.open(); GmsService gms = service(db)) {
      gms.configure(config(List.of(A, B)));
      RegroupResult r = gms.regroup("sip:tgi1@example.org", List.of(G1, G2), List.of(), SC);
      assertEquals(List.of(A, B, C, D), r.members());
      assertEquals(List.of(D), r.excluded(), "dave does not hold the security configuration");
      GroupDocument g1 = gms.document(G1, A);
      assertEquals("sip:tgi1@example.org", g1.regrouped().get(0).temporaryGroupId());
      Bytes scKey = FakeGmkMessages.keyCheckOf(only(gms.document(SC, A)));
      assertEquals(scKey, FakeGmkMessages.keyCheckOf(g1.regrouped().get(0).gktps().get(0).iMessage()));
      GroupDocument tgi = gms.document("sip:tgi1@example.org", C);
      assertTrue(tgi.temporary());
      assertEquals(List.of(G1, G2), tgi.constituents());
      assertEquals(scKey, FakeGmkMessages.keyCheckOf(only(tgi)));
      gms.endRegroup("sip:tgi1@example.org");
      assertTrue(gms.document(G1, A).regrouped().isEmpty());
      assertThrows(PolicyException.class, () -> gms.document("sip:tgi1@example.org", C));
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void storage_gmkIsSealedAtRest(String kind) throws Exception {
    try (TestDatabase t = TestDatabase.create(kind); Database db = t.open(); GmsService gms = service(db)) {
      gms.configure(config(List.of(A)));
      GmsStore store = new JdbcGmsStore(db);
      Gmk gmk = gms.gmks(G1).get(0);
      GmsStore.StoredGmk row = store.gmk(gmk.gmkId()).orElseThrow();
      String key = java.util.HexFormat.of().formatHex(new SecretSealer(kek, random)
          .open(row.sealedKey(), GmsService.gmkRow(gmk.gmkId())).toByteArray(InsecureSecretAccess.get()));
      StringBuilder raw = new StringBuilder();
      db.transaction(c -> {
        try (ResultSet r = c.createStatement().executeQuery("SELECT * FROM gms_gmk")) {
          while (r.next()) {
            for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
              Object o = r.getObject(i);
              raw.append(o instanceof byte[] b ? java.util.HexFormat.of().formatHex(b) : String.valueOf(o));
            }
          }
        }
        return null;
      });
      assertFalse(raw.toString().contains(key));
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void fanOut_large_reportsProgressToCompletion(String kind) throws Exception {
    List<String> many = IntStream.range(0, 200).mapToObj(i -> "sip:m" + i + "@example.org").toList();
    List<Integer> seen = java.util.Collections.synchronizedList(new ArrayList<>());
    try (TestDatabase t = TestDatabase.create(kind); Database db = t.open();
        GmsService gms = service(db, FakeGmkMessages.working(), (g, done, total) -> seen.add(done))) {
      gms.configure(List.of(new GroupDefinition(G1, GroupKind.GROUP, many)));
      assertTrue(seen.contains(200), seen.toString());
      assertTrue(seen.size() >= 10, seen.toString());
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void document_preconfiguredGroup_isMarkedAndHoldersOnly(String kind) throws Exception {
    try (TestDatabase t = TestDatabase.create(kind); Database db = t.open(); GmsService gms = service(db)) {
      gms.configure(config(List.of(A)));
      assertEquals(GroupKind.PRECONFIGURED, gms.document(P1, D).kind());
      assertThrows(PolicyException.class, () -> gms.document(P1, B));
    }
  }
}
