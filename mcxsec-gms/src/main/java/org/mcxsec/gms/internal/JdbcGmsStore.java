// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.gms.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.gms.Gmk;
import org.mcxsec.gms.GmsStore;
import org.mcxsec.gms.GroupKind;
import org.mcxsec.store.Database;
import org.mcxsec.store.StoreException;

/** {@link GmsStore} over JDBC (H2 or PostgreSQL); migrations in {@code db/gms}. */
public final class JdbcGmsStore implements GmsStore {
  /** Flyway location of this module's migrations. */
  public static final String MIGRATIONS = "classpath:db/gms";
  private static final String GMK_COLUMNS = "group_id, gmk_id, rand, activation, expiry, revoked, gmk_sealed";
  private static final String INSERT_DELIVERY =
      "INSERT INTO gms_delivery (gmk_id, member_uri, i_message, created_at) VALUES (?, ?, ?, ?)";
  private final Database db;

  public JdbcGmsStore(Database db) {
    this.db = db;
    db.migrate("gms", MIGRATIONS);
  }

  @FunctionalInterface
  private interface Binder {
    void bind(PreparedStatement p) throws SQLException;
  }

  @FunctionalInterface
  private interface RowReader<T> {
    T read(ResultSet r) throws SQLException;
  }

  private static <T> List<T> query(Connection c, String sql, Binder b, RowReader<T> reader) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      b.bind(p);
      try (ResultSet r = p.executeQuery()) {
        List<T> out = new ArrayList<>();
        while (r.next()) {
          out.add(reader.read(r));
        }
        return out;
      }
    }
  }

  private static int update(Connection c, String sql, Binder b) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      b.bind(p);
      return p.executeUpdate();
    }
  }

  private <T> List<T> query(String sql, Binder b, RowReader<T> reader) {
    return db.transaction(c -> query(c, sql, b, reader));
  }

  /** Runs an insert; false if the row's key exists. */
  private boolean insert(String sql, Binder b) {
    try {
      db.transaction(c -> update(c, sql, b));
      return true;
    } catch (StoreException e) {
      if (e.isDuplicateKey()) {
        return false;
      }
      throw e;
    }
  }

  @Override
  public Optional<GroupKind> kind(String groupId) {
    return query("SELECT kind FROM gms_group WHERE group_id = ?", p -> p.setString(1, groupId),
        r -> GroupKind.valueOf(r.getString(1))).stream().findFirst();
  }

  @Override
  public List<String> groups() {
    return query("SELECT group_id FROM gms_group ORDER BY group_id", p -> { }, r -> r.getString(1));
  }

  @Override
  public boolean ensureGroup(String groupId, GroupKind kind) {
    return insert("INSERT INTO gms_group (group_id, kind, rekey_needed) VALUES (?, ?, FALSE)", p -> {
      p.setString(1, groupId);
      p.setString(2, kind.name());
    });
  }

  @Override
  public Set<String> members(String groupId) {
    return new HashSet<>(query("SELECT member_uri FROM gms_member WHERE group_id = ?", p -> p.setString(1, groupId),
        r -> r.getString(1)));
  }

  @Override
  public boolean addMember(String groupId, String memberUri) {
    return insert("INSERT INTO gms_member (group_id, member_uri) VALUES (?, ?)", p -> {
      p.setString(1, groupId);
      p.setString(2, memberUri);
    });
  }

  @Override
  public boolean removeMember(String groupId, String memberUri) {
    return db.transaction(c -> {
      int n = update(c, "DELETE FROM gms_member WHERE group_id = ? AND member_uri = ?", p -> {
        p.setString(1, groupId);
        p.setString(2, memberUri);
      });
      if (n > 0) {
        update(c, "UPDATE gms_group SET rekey_needed = TRUE WHERE group_id = ?", p -> p.setString(1, groupId));
      }
      return n > 0;
    });
  }

  @Override
  public boolean rekeyNeeded(String groupId) {
    return query("SELECT rekey_needed FROM gms_group WHERE group_id = ?", p -> p.setString(1, groupId),
        r -> r.getBoolean(1)).stream().findFirst().orElse(false);
  }

  @Override
  public boolean insertGmk(StoredGmk s, Instant createdAt) {
    Gmk g = s.gmk();
    try {
      db.transaction(c -> {
        update(c, "INSERT INTO gms_gmk (gmk_id, group_id, gmk_sealed, rand, activation, expiry, revoked, created_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", p -> {
              p.setLong(1, g.gmkId() & 0xFFFF_FFFFL);
              p.setString(2, g.groupId());
              p.setBytes(3, s.sealedKey().toByteArray());
              p.setBytes(4, g.rand().toByteArray());
              p.setLong(5, g.activation().getEpochSecond());
              p.setLong(6, g.expiry().getEpochSecond());
              p.setBoolean(7, g.revoked());
              p.setLong(8, createdAt.getEpochSecond());
            });
        return update(c, "UPDATE gms_group SET rekey_needed = FALSE WHERE group_id = ?",
            p -> p.setString(1, g.groupId()));
      });
      return true;
    } catch (StoreException e) {
      if (e.isDuplicateKey()) {
        return false;
      }
      throw e;
    }
  }

  private static StoredGmk gmkRow(ResultSet r) throws SQLException {
    return new StoredGmk(new Gmk(r.getString(1), (int) r.getLong(2), Bytes.copyOf(r.getBytes(3)),
        Instant.ofEpochSecond(r.getLong(4)), Instant.ofEpochSecond(r.getLong(5)), r.getBoolean(6)),
        Bytes.copyOf(r.getBytes(7)));
  }

  @Override
  public List<StoredGmk> gmks(String groupId) {
    return query("SELECT " + GMK_COLUMNS + " FROM gms_gmk WHERE group_id = ? ORDER BY activation, created_at",
        p -> p.setString(1, groupId), JdbcGmsStore::gmkRow);
  }

  @Override
  public Optional<StoredGmk> gmk(int gmkId) {
    return query("SELECT " + GMK_COLUMNS + " FROM gms_gmk WHERE gmk_id = ?", p -> p.setLong(1, gmkId & 0xFFFF_FFFFL),
        JdbcGmsStore::gmkRow).stream().findFirst();
  }

  @Override
  public void revokeGmk(int gmkId) {
    db.transaction(c -> update(c, "UPDATE gms_gmk SET revoked = TRUE WHERE gmk_id = ?",
        p -> p.setLong(1, gmkId & 0xFFFF_FFFFL)));
  }

  @Override
  public Set<String> deliveredTo(int gmkId) {
    return new HashSet<>(query("SELECT member_uri FROM gms_delivery WHERE gmk_id = ?",
        p -> p.setLong(1, gmkId & 0xFFFF_FFFFL), r -> r.getString(1)));
  }

  @Override
  public Bytes insertDelivery(int gmkId, String memberUri, Bytes iMessage, Instant createdAt) {
    boolean inserted = insert(INSERT_DELIVERY, p -> bindDelivery(p, gmkId, memberUri, iMessage, createdAt));
    return inserted ? iMessage : delivery(gmkId, memberUri).orElseThrow();
  }

  /**
   * One transaction with a JDBC batch; if any member already has a delivery (a fan-out run twice at once), the
   * transaction is rolled back and the rows go in one by one, insert-if-absent.
   */
  @Override
  public void insertDeliveries(int gmkId, Map<String, Bytes> iMessages, Instant createdAt) {
    try {
      db.transaction(c -> {
        try (PreparedStatement p = c.prepareStatement(INSERT_DELIVERY)) {
          for (Map.Entry<String, Bytes> e : iMessages.entrySet()) {
            bindDelivery(p, gmkId, e.getKey(), e.getValue(), createdAt);
            p.addBatch();
          }
          return p.executeBatch();
        }
      });
    } catch (StoreException e) {
      if (!e.isDuplicateKey()) {
        throw e;
      }
      GmsStore.super.insertDeliveries(gmkId, iMessages, createdAt);
    }
  }

  private static void bindDelivery(PreparedStatement p, int gmkId, String memberUri, Bytes iMessage,
      Instant createdAt) throws SQLException {
    p.setLong(1, gmkId & 0xFFFF_FFFFL);
    p.setString(2, memberUri);
    p.setBytes(3, iMessage.toByteArray());
    p.setLong(4, createdAt.getEpochSecond());
  }

  @Override
  public Optional<Bytes> delivery(int gmkId, String memberUri) {
    return query("SELECT i_message FROM gms_delivery WHERE gmk_id = ? AND member_uri = ?", p -> {
      p.setLong(1, gmkId & 0xFFFF_FFFFL);
      p.setString(2, memberUri);
    }, r -> Bytes.copyOf(r.getBytes(1))).stream().findFirst();
  }

  @Override
  public void insertTemporaryGroup(TemporaryGroup t, Instant createdAt) {
    db.transaction(c -> {
      update(c, "INSERT INTO gms_temporary_group (tgi, security_configuration, created_at) VALUES (?, ?, ?)", p -> {
        p.setString(1, t.tgi());
        p.setString(2, t.securityConfiguration());
        p.setLong(3, createdAt.getEpochSecond());
      });
      for (String g : t.groups()) {
        update(c, "INSERT INTO gms_temporary_part (tgi, kind, ref) VALUES (?, 'GROUP', ?)", p -> {
          p.setString(1, t.tgi());
          p.setString(2, g);
        });
      }
      for (String u : t.users()) {
        update(c, "INSERT INTO gms_temporary_part (tgi, kind, ref) VALUES (?, 'USER', ?)", p -> {
          p.setString(1, t.tgi());
          p.setString(2, u);
        });
      }
      return null;
    });
  }

  @Override
  public void deleteTemporaryGroup(String tgi) {
    db.transaction(c -> {
      update(c, "DELETE FROM gms_temporary_part WHERE tgi = ?", p -> p.setString(1, tgi));
      return update(c, "DELETE FROM gms_temporary_group WHERE tgi = ?", p -> p.setString(1, tgi));
    });
  }

  @Override
  public List<TemporaryGroup> temporaryGroups() {
    return db.transaction(c -> {
      Map<String, String> configs = new LinkedHashMap<>();
      for (String[] row : query(c, "SELECT tgi, security_configuration FROM gms_temporary_group ORDER BY tgi",
          p -> { }, r -> new String[] {r.getString(1), r.getString(2)})) {
        configs.put(row[0], row[1]);
      }
      List<TemporaryGroup> out = new ArrayList<>();
      for (Map.Entry<String, String> e : configs.entrySet()) {
        List<String[]> parts = query(c, "SELECT kind, ref FROM gms_temporary_part WHERE tgi = ? ORDER BY ref",
            p -> p.setString(1, e.getKey()), r -> new String[] {r.getString(1), r.getString(2)});
        out.add(new TemporaryGroup(e.getKey(), e.getValue(),
            parts.stream().filter(x -> x[0].equals("GROUP")).map(x -> x[1]).toList(),
            parts.stream().filter(x -> x[0].equals("USER")).map(x -> x[1]).toList()));
      }
      return out;
    });
  }
}
