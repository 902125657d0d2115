// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.client;

import java.net.http.HttpClient;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * What many clients in one process share: one HTTP client (one selector thread for all WebSockets) and one thread
 * pool on which each client's incoming requests still run one at a time, in order. A single client creates its
 * own.
 *
 * <p>Thread safety: safe to share.
 */
public final class ClientRuntime implements AutoCloseable {
  private final HttpClient http;
  private final ExecutorService pool;

  public ClientRuntime(int threads) {
    this.pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(null, r, "mcx-client", 512 * 1024);
      t.setDaemon(true);
      return t;
    });
    this.http = HttpClient.newBuilder().executor(pool).build();
  }

  HttpClient http() {
    return http;
  }

  /** The shared pool, e.g. for another HTTP client. */
  public java.util.concurrent.Executor executor() {
    return pool;
  }

  /** An executor running its tasks one after another, in submission order, on the shared pool. */
  Executor serial() {
    return new Serial(pool);
  }

  private static final class Serial implements Executor {
    private final Executor pool;
    private final Queue<Runnable> tasks = new ArrayDeque<>();
    private boolean running;

    Serial(Executor pool) {
      this.pool = pool;
    }

    @Override
    public synchronized void execute(Runnable r) {
      tasks.add(r);
      if (!running) {
        running = true;
        pool.execute(this::drain);
      }
    }

    private void drain() {
      while (true) {
        Runnable r;
        synchronized (this) {
          r = tasks.poll();
          if (r == null) {
            running = false;
            return;
          }
        }
        try {
          r.run();
        } catch (RuntimeException e) {
          // one failing handler must not stop the client's later messages
        }
      }
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
