// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.kms.internal;

import java.util.Iterator;
import java.util.concurrent.ConcurrentHashMap;
import org.mcxsec.kms.KmsStore.SealedKeySet;

/**
 * Issued key sets by (user, period), kept sealed exactly as stored, so the cache holds no secret in the clear.
 * Bounded: past {@code capacity} entries an arbitrary half is dropped (they reload from the database).
 *
 * <p>Thread safety: safe to share.
 */
public final class KeySetCache {
  private record Key(String userUri, long periodNo) {}

  private final ConcurrentHashMap<Key, SealedKeySet> map = new ConcurrentHashMap<>();
  private final int capacity;

  public KeySetCache(int capacity) {
    this.capacity = capacity;
  }

  /** The cached row, or null. */
  public SealedKeySet get(String userUri, long periodNo) {
    return map.get(new Key(userUri, periodNo));
  }

  public void put(SealedKeySet row) {
    if (map.size() >= capacity) {
      Iterator<Key> it = map.keySet().iterator();
      for (int i = 0; i < capacity / 2 && it.hasNext(); i++) {
        it.next();
        it.remove();
      }
    }
    map.put(new Key(row.userUri(), row.keyPeriodNo()), row);
  }

  public int size() {
    return map.size();
  }
}
