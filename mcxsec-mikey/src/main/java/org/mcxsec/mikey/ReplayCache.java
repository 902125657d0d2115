// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.mcxsec.crypto.Bytes;

/**
 * The replay cache of RFC 3830 §5.4: the messages accepted whose timestamps are still inside the freshness window.
 * Entries are keyed by a digest of the signed octets, not of the whole message, because an ECCSI signature can be
 * altered into another valid one (s and q − s verify alike) and must not make a replay look new.
 *
 * <p>Thread safety: thread-safe; {@link #add} is atomic, so one message is accepted once even when opened by
 * several threads at the same time.
 */
public final class ReplayCache {
  private final int maxEntries;
  private final Map<Bytes, Instant> seen = new ConcurrentHashMap<>();

  /** A cache holding at most {@code maxEntries} messages inside the window. */
  public ReplayCache(int maxEntries) {
    if (maxEntries < 1) {
      throw new IllegalArgumentException("maxEntries " + maxEntries + " must be positive");
    }
    this.maxEntries = maxEntries;
  }

  /** Whether a message with this digest has been accepted. */
  public boolean contains(Bytes digest) {
    return seen.containsKey(digest);
  }

  /**
   * Records an accepted message, forgetting entries whose timestamp is before {@code oldestKept}.
   *
   * @return {@code false} if the digest was already there (a replay), or the cache is full of messages that are
   *     still inside the window
   */
  public boolean add(Bytes digest, Instant timestamp, Instant oldestKept) {
    seen.values().removeIf(t -> t.isBefore(oldestKept));
    if (seen.size() >= maxEntries) {
      return false;
    }
    return seen.putIfAbsent(digest, timestamp) == null;
  }

  /** Number of messages remembered. */
  public int size() {
    return seen.size();
  }
}
