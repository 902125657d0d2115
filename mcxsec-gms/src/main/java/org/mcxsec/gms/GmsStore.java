// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.gms;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.gms.internal.JdbcGmsStore;
import org.mcxsec.store.Database;

/**
 * Persistence of the GMS. Writes that belong together are one transaction (a member removal and the rekey flag; a
 * new GMK and clearing the flag); deliveries are insert-if-absent per (GMK, member).
 *
 * <p>Thread safety: implementations are safe to share.
 */
public interface GmsStore {
  /** A GMK row: its facts and the sealed key. */
  record StoredGmk(Gmk gmk, Bytes sealedKey) {}

  /** A temporary group: TGI, the security configuration named for it, constituent groups and listed users. */
  record TemporaryGroup(String tgi, String securityConfiguration, List<String> groups, List<String> users) {
    public TemporaryGroup {
      groups = List.copyOf(groups);
      users = List.copyOf(users);
    }
  }

  Optional<GroupKind> kind(String groupId);

  /** Every group ID of every kind. */
  List<String> groups();

  /** Creates the group if absent; returns false if it existed. */
  boolean ensureGroup(String groupId, GroupKind kind);

  Set<String> members(String groupId);

  /** Adds a member; returns false if it was one. */
  boolean addMember(String groupId, String memberUri);

  /** Removes a member and marks the group for rekey, in one transaction; returns false if it was not one. */
  boolean removeMember(String groupId, String memberUri);

  boolean rekeyNeeded(String groupId);

  /** Stores a new GMK and clears the group's rekey flag, in one transaction; false if the GMK-ID is taken. */
  boolean insertGmk(StoredGmk gmk, Instant createdAt);

  List<StoredGmk> gmks(String groupId);

  Optional<StoredGmk> gmk(int gmkId);

  void revokeGmk(int gmkId);

  /** Members that have a delivery of the GMK. */
  Set<String> deliveredTo(int gmkId);

  /** Stores a delivery unless one exists; returns the stored I_MESSAGE. */
  Bytes insertDelivery(int gmkId, String memberUri, Bytes iMessage, Instant createdAt);

  /**
   * Stores deliveries of one GMK (member URI to I_MESSAGE), each unless the member has one: the effect of
   * {@link #insertDelivery} for each entry, in as few transactions as the store can manage.
   */
  default void insertDeliveries(int gmkId, Map<String, Bytes> iMessages, Instant createdAt) {
    iMessages.forEach((member, iMessage) -> insertDelivery(gmkId, member, iMessage, createdAt));
  }

  Optional<Bytes> delivery(int gmkId, String memberUri);

  void insertTemporaryGroup(TemporaryGroup group, Instant createdAt);

  void deleteTemporaryGroup(String tgi);

  List<TemporaryGroup> temporaryGroups();

  /** The JDBC store on {@code db}, whose schema this module's Flyway migrations create. */
  static GmsStore jdbc(Database db) {
    return new JdbcGmsStore(db);
  }
}
