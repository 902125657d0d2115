// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DatabaseTest {
  @TempDir Path dir;

  static Iterable<String> kinds() {
    return TestDatabase.kinds();
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void migrate_thenReopen_keepsRowsAndDoesNotReapply(String kind) throws Exception {
    try (TestDatabase t = TestDatabase.create(kind)) {
      try (Database db = t.open()) {
        db.migrate("storetest", "classpath:db/storetest");
        db.transaction(c -> {
          try (PreparedStatement p = c.prepareStatement("INSERT INTO thing (name, sealed) VALUES (?, ?)")) {
            p.setString(1, "a");
            p.setBytes(2, new byte[] {1, 2, 3});
            return p.executeUpdate();
          }
        });
      }
      try (Database db = t.open()) {
        db.migrate("storetest", "classpath:db/storetest");
        byte[] read = db.transaction(c -> {
          try (PreparedStatement p = c.prepareStatement("SELECT sealed FROM thing WHERE name = ?")) {
            p.setString(1, "a");
            try (ResultSet r = p.executeQuery()) {
              r.next();
              return r.getBytes(1);
            }
          }
        });
        assertEquals(3, read.length);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void transaction_duplicateKey_isRecognisedAndRolledBack(String kind) throws Exception {
    try (TestDatabase t = TestDatabase.create(kind); Database db = t.open()) {
      db.migrate("storetest", "classpath:db/storetest");
      StoreException e = assertThrows(StoreException.class, () -> db.<Void, RuntimeException>transaction(c -> {
        for (int i = 0; i < 2; i++) {
          try (PreparedStatement p = c.prepareStatement("INSERT INTO thing (name, sealed) VALUES ('x', ?)")) {
            p.setBytes(1, new byte[] {1});
            p.executeUpdate();
          }
        }
        return null;
      }));
      assertTrue(e.isDuplicateKey());
      int rows = db.transaction(c -> {
        try (ResultSet r = c.createStatement().executeQuery("SELECT COUNT(*) FROM thing")) {
          r.next();
          return r.getInt(1);
        }
      });
      assertEquals(0, rows);
    }
  }

  @Test
  void embedded_reopensTheFileDatabase() {
    try (Database db = Database.embedded(dir)) {
      db.migrate("storetest", "classpath:db/storetest");
    }
    try (Database db = Database.embedded(dir)) {
      db.migrate("storetest", "classpath:db/storetest");
      assertTrue(db.describe().startsWith("jdbc:h2:file:"));
    }
  }

  @Test
  void describe_hidesPassword() {
    assertEquals("jdbc:postgresql://h/db?user=u&password=***&x=1",
        Database.redact("jdbc:postgresql://h/db?user=u&password=secret&x=1"));
  }

  @Test
  void open_notJdbc_throwsNamingUrl() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Database.open("h2:mem:x"));
    assertEquals("database URL 'h2:mem:x' does not start with jdbc:", e.getMessage());
  }
}
