// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.gms.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.KeyMaterialException;
import org.mcxsec.crypto.SecretBytes;
import org.mcxsec.gms.FanOutProgress;
import org.mcxsec.gms.Gmk;
import org.mcxsec.gms.GmkMessageFactory;
import org.mcxsec.gms.GmsListener;
import org.mcxsec.gms.GmsStore;

/**
 * Delivers one GMK to the members that lack it: one I_MESSAGE per member, built in parallel on the given pool and
 * stored as each completes (insert-if-absent), so a fan-out cut short (even by {@code kill -9}) is completed by
 * running it again with the same stored GMK and RAND, and no member ever holds two different deliveries of one
 * GMK.
 */
public final class FanOut {
  private final GmsStore store;
  private final GmkMessageFactory messages;
  private final ExecutorService pool;
  private final Clock clock;

  public FanOut(GmsStore store, GmkMessageFactory messages, ExecutorService pool, Clock clock) {
    this.store = store;
    this.messages = messages;
    this.pool = pool;
    this.clock = clock;
  }

  /**
   * Sends {@code gmk} (key {@code key}) to every one of {@code members} that has no delivery of it yet.
   *
   * @return how many deliveries were made now
   */
  public int deliver(Gmk gmk, SecretBytes key, Set<String> members, List<String> groupIds, GmsListener listener,
      FanOutProgress progress) throws KeyMaterialException {
    Set<String> done = store.deliveredTo(gmk.gmkId());
    List<String> missing = members.stream().filter(m -> !done.contains(m)).sorted().toList();
    int total = missing.size();
    AtomicInteger count = new AtomicInteger();
    int step = Math.max(1, total / 10);
    List<Future<?>> futures = new ArrayList<>(total);
    for (String member : missing) {
      futures.add(pool.submit(() -> {
        Bytes message = messages.create(key, gmk, member, groupIds);
        store.insertDelivery(gmk.gmkId(), member, message, clock.instant());
        listener.changed(member, gmk.groupId());
        int n = count.incrementAndGet();
        if (n % step == 0 || n == total) {
          progress.progress(gmk, n, total);
        }
        return null;
      }));
    }
    KeyMaterialException failure = null;
    for (Future<?> f : futures) {
      try {
        f.get();
      } catch (ExecutionException e) {
        if (e.getCause() instanceof KeyMaterialException k && failure == null) {
          failure = k;
        } else if (e.getCause() instanceof RuntimeException r) {
          throw r;
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("fan-out of GMK " + gmk.gmkIdHex() + " interrupted", e);
      }
    }
    if (failure != null) {
      throw failure;
    }
    return total;
  }
}
