// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.kms.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.kms.KmsStore;
import org.mcxsec.store.Database;
import org.mcxsec.store.StoreException;

/** {@link KmsStore} over JDBC (H2 or PostgreSQL); migrations in {@code db/kms}. */
public final class JdbcKmsStore implements KmsStore {
  /** Flyway location of this module's migrations. */
  public static final String MIGRATIONS = "classpath:db/kms";
  private final Database db;

  /** Wraps {@code db}, applying this module's migrations first. */
  public JdbcKmsStore(Database db) {
    this.db = db;
    db.migrate("kms", MIGRATIONS);
  }

  @Override
  public Optional<SealedCommunity> findCommunity(String kmsUri) {
    return db.transaction(c -> {
      try (PreparedStatement p = c.prepareStatement("SELECT ksak_sealed, z_sealed, pub_auth_key, pub_enc_key,"
          + " user_key_period, user_key_offset, valid_from, valid_to, revoked FROM kms_community WHERE kms_uri = ?")) {
        p.setString(1, kmsUri);
        try (ResultSet r = p.executeQuery()) {
          if (!r.next()) {
            return Optional.empty();
          }
          return Optional.of(new SealedCommunity(kmsUri, bytes(r, 1), bytes(r, 2), bytes(r, 3), bytes(r, 4),
              r.getLong(5), r.getLong(6), Instant.ofEpochSecond(r.getLong(7)), Instant.ofEpochSecond(r.getLong(8)),
              r.getBoolean(9)));
        }
      }
    });
  }

  @Override
  public SealedCommunity insertCommunity(SealedCommunity k) {
    try {
      db.transaction(c -> {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO kms_community (kms_uri, ksak_sealed, z_sealed,"
            + " pub_auth_key, pub_enc_key, user_key_period, user_key_offset, valid_from, valid_to, revoked)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
          p.setString(1, k.kmsUri());
          p.setBytes(2, k.ksakSealed().toByteArray());
          p.setBytes(3, k.zSealed().toByteArray());
          p.setBytes(4, k.pubAuthKey().toByteArray());
          p.setBytes(5, k.pubEncKey().toByteArray());
          p.setLong(6, k.userKeyPeriod());
          p.setLong(7, k.userKeyOffset());
          p.setLong(8, k.validFrom().getEpochSecond());
          p.setLong(9, k.validTo().getEpochSecond());
          p.setBoolean(10, k.revoked());
          return p.executeUpdate();
        }
      });
      return k;
    } catch (StoreException e) {
      if (!e.isDuplicateKey()) {
        throw e;
      }
      return findCommunity(k.kmsUri()).orElseThrow(() -> e);
    }
  }

  @Override
  public Optional<SealedKeySet> findKeySet(String kmsUri, String userUri, long keyPeriodNo) {
    return db.transaction(c -> findKeySet(c, kmsUri, userUri, keyPeriodNo));
  }

  private static Optional<SealedKeySet> findKeySet(Connection c, String kmsUri, String userUri, long periodNo)
      throws SQLException {
    try (PreparedStatement p = c.prepareStatement("SELECT user_id, ssk_sealed, pvt, rsk_sealed, issued_at"
        + " FROM kms_user_key_set WHERE kms_uri = ? AND user_uri = ? AND key_period_no = ?")) {
      p.setString(1, kmsUri);
      p.setString(2, userUri);
      p.setLong(3, periodNo);
      try (ResultSet r = p.executeQuery()) {
        if (!r.next()) {
          return Optional.empty();
        }
        return Optional.of(new SealedKeySet(kmsUri, userUri, periodNo, bytes(r, 1), bytes(r, 2), bytes(r, 3),
            bytes(r, 4), Instant.ofEpochSecond(r.getLong(5))));
      }
    }
  }

  @Override
  public SealedKeySet insertKeySet(SealedKeySet k) {
    try {
      db.transaction(c -> {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO kms_user_key_set (kms_uri, user_uri,"
            + " key_period_no, user_id, ssk_sealed, pvt, rsk_sealed, issued_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
          p.setString(1, k.kmsUri());
          p.setString(2, k.userUri());
          p.setLong(3, k.keyPeriodNo());
          p.setBytes(4, k.userId().toByteArray());
          p.setBytes(5, k.sskSealed().toByteArray());
          p.setBytes(6, k.pvt().toByteArray());
          p.setBytes(7, k.rskSealed().toByteArray());
          p.setLong(8, k.issuedAt().getEpochSecond());
          return p.executeUpdate();
        }
      });
      return k;
    } catch (StoreException e) {
      if (!e.isDuplicateKey()) {
        throw e;
      }
      return findKeySet(k.kmsUri(), k.userUri(), k.keyPeriodNo()).orElseThrow(() -> e);
    }
  }

  private static Bytes bytes(ResultSet r, int column) throws SQLException {
    return Bytes.copyOf(r.getBytes(column));
  }
}
