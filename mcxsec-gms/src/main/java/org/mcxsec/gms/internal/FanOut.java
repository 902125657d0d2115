// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.gms.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
 * stored as they complete (insert-if-absent), so a fan-out cut short (even by {@code kill -9}) is completed by
 * running it again with the same stored GMK and RAND, and no member ever holds two different deliveries of one
 * GMK.
 *
 * <p>Speed: the pool's threads only build messages (SAKKE and ECCSI, nearly the whole CPU cost); the calling
 * thread stores them in transactions of up to {@value #MAX_BATCH} rows, each written once its first message has
 * waited 50 ms or it is full, so the database sees a few commits per hundred members instead of one per member
 * (each commit rewrites the touched pages), and no pool thread waits on its write lock. A crash loses at most
 * the messages not yet written, which the restart builds again.
 */
public final class FanOut {
  /** Most deliveries stored in one transaction; also the most a crash can cost beyond those still being built. */
  static final int MAX_BATCH = 64;
  /** Longest a made delivery waits for others to share its transaction. */
  static final long MAX_BATCH_DELAY_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

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

  private record Delivery(String member, Bytes iMessage) {}

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
    CompletionService<Delivery> completed = new ExecutorCompletionService<>(pool);
    List<Future<Delivery>> futures = new ArrayList<>(total);
    for (String member : missing) {
      futures.add(completed.submit(() -> new Delivery(member, messages.create(key, gmk, member, groupIds))));
    }
    try {
      return store(gmk, completed, total, listener, progress);
    } finally {
      futures.forEach(f -> f.cancel(true));
    }
  }

  /**
   * Takes the {@code total} results as they complete and stores every message made in batches; a failure for one
   * member does not stop the others, and the first (an unexpected fault before a key failure) is thrown at the end.
   */
  private int store(Gmk gmk, CompletionService<Delivery> completed, int total, GmsListener listener,
      FanOutProgress progress) throws KeyMaterialException {
    int step = Math.max(1, total / 10);
    int taken = 0;
    int stored = 0;
    KeyMaterialException failure = null;
    RuntimeException fault = null;
    while (taken < total) {
      Map<String, Bytes> batch = new LinkedHashMap<>();
      Future<Delivery> next = take(gmk, completed);
      long deadline = System.nanoTime() + MAX_BATCH_DELAY_NANOS;
      do {
        taken++;
        try {
          Delivery d = next.get();
          batch.put(d.member(), d.iMessage());
        } catch (ExecutionException e) {
          if (e.getCause() instanceof KeyMaterialException k) {
            failure = failure == null ? k : failure;
          } else if (fault == null) {
            fault = e.getCause() instanceof RuntimeException r ? r
                : new IllegalStateException("fan-out of GMK " + gmk.gmkIdHex() + " failed", e.getCause());
          }
        } catch (InterruptedException e) {
          throw interrupted(gmk, e);
        }
      } while (taken < total && batch.size() < MAX_BATCH && (next = poll(gmk, completed, deadline)) != null);
      if (!batch.isEmpty()) {
        store.insertDeliveries(gmk.gmkId(), batch, clock.instant());
      }
      for (String member : batch.keySet()) {
        listener.changed(member, gmk.groupId());
        stored++;
        if (stored % step == 0 || stored == total) {
          progress.progress(gmk, stored, total);
        }
      }
    }
    if (fault != null) {
      throw fault;
    }
    if (failure != null) {
      throw failure;
    }
    return total;
  }

  private static Future<Delivery> take(Gmk gmk, CompletionService<Delivery> completed) {
    try {
      return completed.take();
    } catch (InterruptedException e) {
      throw interrupted(gmk, e);
    }
  }

  /** The next result if one completes before {@code deadline} ({@link System#nanoTime()}), else null. */
  private static Future<Delivery> poll(Gmk gmk, CompletionService<Delivery> completed, long deadline) {
    try {
      return completed.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      throw interrupted(gmk, e);
    }
  }

  private static IllegalStateException interrupted(Gmk gmk, InterruptedException e) {
    Thread.currentThread().interrupt();
    return new IllegalStateException("fan-out of GMK " + gmk.gmkIdHex() + " interrupted", e);
  }
}
