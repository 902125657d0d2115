// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto.sakke.internal;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;
import org.mcxsec.crypto.Bytes;

/**
 * Fixed-base tables of {@code [b]P + Z} for the recipients encapsulated to most often, in a bounded LRU map.
 *
 * <p>A table costs about as much to build as {@value #BUILD_AFTER} encapsulations save, so an identifier is only
 * counted at first and gets a table on its {@value #BUILD_AFTER}th encapsulation; the counts are kept for the
 * {@value #COUNTED} identifiers seen last. Capacity 0 disables the tables.
 *
 * <p>Thread safety: safe; the maps are synchronised, tables are built outside the lock.
 */
final class RecipientTables {
  static final int BUILD_AFTER = 64;
  static final int COUNTED = 4096;
  static final int WIDTH = SakkeTables.P_WIDTH;

  private final AffinePoint z;
  private final int capacity;
  private final Map<Bytes, Integer> counts = lru(COUNTED);
  private final Map<Bytes, FixedBaseTable> tables;

  RecipientTables(AffinePoint z, int capacity) {
    if (capacity < 0) {
      throw new IllegalArgumentException("recipient table capacity " + capacity + " is negative");
    }
    this.z = z;
    this.capacity = capacity;
    this.tables = lru(Math.max(capacity, 1));
  }

  /** The table of {@code [b]P + Z} if this identifier has one (building it when it is due), else {@code null}. */
  FixedBaseTable tableFor(byte[] id, BigInteger b) {
    if (capacity == 0) {
      return null;
    }
    Bytes key = Bytes.copyOf(id);
    synchronized (this) {
      FixedBaseTable t = tables.get(key);
      if (t != null) {
        return t;
      }
      int seen = counts.merge(key, 1, Integer::sum);
      if (seen < BUILD_AFTER) {
        return null;
      }
      counts.remove(key);
    }
    AffinePoint qb = SakkeCurve.receiverPoint(z, b);
    if (qb == null) {
      return null;
    }
    FixedBaseTable built = FixedBaseTable.build(qb, WIDTH);
    synchronized (this) {
      tables.put(key, built);
    }
    return built;
  }

  private static <V> Map<Bytes, V> lru(int max) {
    return new LinkedHashMap<>(16, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<Bytes, V> eldest) {
        return size() > max;
      }
    };
  }
}
