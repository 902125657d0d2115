// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.client.media;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * What one participant measured in one call: packets sent and decrypted per GMK-ID, and packets rejected per
 * status. Only counted events are reported; nothing is inferred.
 *
 * <p>Thread safety: safe to share (the sender and the receive thread update it).
 */
public final class CallCounters {
  private final Map<Integer, LongAdder> sent = new ConcurrentHashMap<>();
  private final Map<Integer, LongAdder> decrypted = new ConcurrentHashMap<>();
  private final Map<MediaStatus, AtomicLong> rejected = new EnumMap<>(MediaStatus.class);

  public CallCounters() {
    for (MediaStatus s : MediaStatus.values()) {
      rejected.put(s, new AtomicLong());
    }
  }

  void sent(int gmkId) {
    sent.computeIfAbsent(gmkId, k -> new LongAdder()).increment();
  }

  void decrypted(int gmkId) {
    decrypted.computeIfAbsent(gmkId, k -> new LongAdder()).increment();
  }

  void rejected(MediaStatus s) {
    rejected.get(s).incrementAndGet();
  }

  /** A consistent-enough copy of the counters. */
  public CallStats snapshot() {
    Map<String, Long> s = new TreeMap<>();
    sent.forEach((k, v) -> s.put(String.format("%08x", k), v.sum()));
    Map<String, Long> d = new TreeMap<>();
    decrypted.forEach((k, v) -> d.put(String.format("%08x", k), v.sum()));
    Map<MediaStatus, Long> r = new EnumMap<>(MediaStatus.class);
    rejected.forEach((k, v) -> {
      if (v.get() > 0) {
        r.put(k, v.get());
      }
    });
    return new CallStats(s, d, r);
  }
}
