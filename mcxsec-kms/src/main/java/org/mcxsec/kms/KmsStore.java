// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.kms;

import java.time.Instant;
import java.util.Optional;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.kms.internal.JdbcKmsStore;
import org.mcxsec.store.Database;

/**
 * Persistence of the KMS: the community row and issued key sets, secrets already sealed by the caller. Inserts
 * are first-writer-wins: when two writers (threads or instances sharing a database) race, both get the row that
 * was stored, so no user ever sees two different key sets for one period.
 *
 * <p>Thread safety: implementations are safe to share.
 */
public interface KmsStore {
  /** The community row as stored. */
  record SealedCommunity(String kmsUri, Bytes ksakSealed, Bytes zSealed, Bytes pubAuthKey, Bytes pubEncKey,
      long userKeyPeriod, long userKeyOffset, Instant validFrom, Instant validTo, boolean revoked) {}

  /** One issued key set as stored. */
  record SealedKeySet(String kmsUri, String userUri, long keyPeriodNo, Bytes userId, Bytes sskSealed, Bytes pvt,
      Bytes rskSealed, Instant issuedAt) {}

  Optional<SealedCommunity> findCommunity(String kmsUri);

  /** Stores {@code community} unless a row for its URI exists; returns the row that is stored. */
  SealedCommunity insertCommunity(SealedCommunity community);

  Optional<SealedKeySet> findKeySet(String kmsUri, String userUri, long keyPeriodNo);

  /** Stores {@code keySet} unless one exists for its (KMS, user, period); returns the row that is stored. */
  SealedKeySet insertKeySet(SealedKeySet keySet);

  /** The JDBC store on {@code db}, whose schema this module's Flyway migrations create. */
  static KmsStore jdbc(Database db) {
    return new JdbcKmsStore(db);
  }
}
