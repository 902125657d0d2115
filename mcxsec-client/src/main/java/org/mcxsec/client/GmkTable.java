// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.client;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The GMKs a client holds (TS 33.180 §5.7: several GMKs per group may be live at once; regroup.md §9.2
 * {@code gmkStore}): by GMK-ID for receivers, which pick the key named by the MKI, and by group for senders,
 * which take the newest active one.
 *
 * <p>Thread safety: safe to share.
 */
public final class GmkTable {
  /** Most GMKs held; older ones are dropped first when full. */
  public static final int MAX_ENTRIES = 4096;
  private final Map<Integer, GmkEntry> byId = new ConcurrentHashMap<>();

  /** Adds or replaces (same GMK-ID) an entry. */
  public void put(GmkEntry e) {
    if (byId.size() >= MAX_ENTRIES && !byId.containsKey(e.gmkId())) {
      byId.values().stream().min(Comparator.comparing(GmkEntry::expiry)).ifPresent(old -> byId.remove(old.gmkId()));
    }
    GmkEntry previous = byId.put(e.gmkId(), e);
    if (previous != null && previous != e) {
      previous.close();
    }
  }

  /** Marks GMK-ID {@code id} revoked (its packets are rejected from now on). */
  public void revoke(int id) {
    byId.computeIfPresent(id, (k, e) -> e.asRevoked());
  }

  /** The entry whose GMK-ID is {@code id}. */
  public Optional<GmkEntry> byGmkId(int id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The newest GMK bound to {@code groupId} that is active at {@code now}. */
  public Optional<GmkEntry> active(String groupId, Instant now) {
    return byId.values().stream().filter(e -> e.groupIds().contains(groupId) && e.isActive(now))
        .max(Comparator.comparing(GmkEntry::activation));
  }

  /** Every GMK bound to {@code groupId}. */
  public List<GmkEntry> forGroup(String groupId) {
    List<GmkEntry> out = new ArrayList<>();
    for (GmkEntry e : byId.values()) {
      if (e.groupIds().contains(groupId)) {
        out.add(e);
      }
    }
    return out;
  }

  /** Every GMK held. */
  public List<GmkEntry> all() {
    return List.copyOf(byId.values());
  }
}
