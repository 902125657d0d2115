// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.cli.client;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.mcxsec.cli.RunnableCommand;
import org.mcxsec.client.ClientCall;
import org.mcxsec.client.McxClient;
import org.mcxsec.client.provisioning.GroupNotifications;
import org.mcxsec.crypto.PolicyException;
import org.mcxsec.signalling.RegroupBody;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code mcxsec client listen}: affiliates to the groups (TS 24.379 9.2.2), joins every call the server invites it
 * to whose GMK it holds, and decrypts the media. Prints one line per call joined and per regroup notification,
 * and at the end a {@code key=value} summary: packets received, decrypted, rejected (by status) and the GMK-IDs
 * that protected them. It follows the GMS's notifications, so a GMK made while it listens (a rollover, a
 * configuration delivered for a regroup) is fetched, verified and used. Runs for {@code --seconds}, until
 * {@code --calls} calls have ended, or until stopped (SIGINT/SIGTERM still print the summary).
 */
@Command(name = "listen", description = "Affiliate to groups, join their calls and decrypt the media; prints a"
    + " line per call and a summary (received, decrypted, rejected, gmk-ids).")
public final class ListenCommand implements RunnableCommand {
  private static final long POLL_MILLIS = 20;
  private static final Duration SUBSCRIBE_TIMEOUT = Duration.ofSeconds(30);

  @Mixin
  ClientOptions options;

  @Option(names = "--group", required = true, split = ",", description = "a group to affiliate to; repeatable")
  List<String> groups;

  @Option(names = "--seconds", description = "stop after this many seconds (default: run until stopped)")
  Integer seconds;

  @Option(names = "--calls", description = "stop once this many calls have ended")
  Integer calls;

  @Override
  public int run(PrintWriter out, PrintWriter err) {
    if ((seconds != null && (seconds < 1 || seconds > 86_400)) || (calls != null && calls < 1)) {
      return ErrorLine.print(out, options.url(), new IllegalArgumentException("--seconds must be in [1, 86400]"
          + " and --calls at least 1"));
    }
    CountDownLatch stop = new CountDownLatch(1);
    CountDownLatch printed = new CountDownLatch(1);
    Thread hook = new Thread(() -> {
      stop.countDown();
      try {
        printed.await(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "mcxsec-listen-stop");
    List<ClientCall> joined = new CopyOnWriteArrayList<>();
    try (ClientSession session = ClientSession.open(options);
        GroupNotifications notifications = session.subscribe(out)) {
      if (!notifications.awaitSubscribed(SUBSCRIBE_TIMEOUT)) {
        throw new IOException("the GMS notification stream did not open within " + SUBSCRIBE_TIMEOUT.toSeconds()
            + " s");
      }
      // subscribed first, then fetched: a change made in between is fetched either way
      for (String g : groups) {
        session.fetch(g);
      }
      McxClient client = session.connect();
      client.onCall(c -> {
        joined.add(c);
        out.println("call=" + c.target() + " key-group=" + c.keyGroup() + " broadcast=" + c.broadcast());
        out.flush();
      });
      client.onRegroup(b -> onRegroup(session, b, out));
      List<String> accepted = client.affiliate(groups);
      if (accepted.isEmpty()) {
        throw new PolicyException(options.user() + " may affiliate to none of " + groups);
      }
      out.println("listening=" + options.user() + " groups=" + String.join(",", accepted));
      out.flush();
      Runtime.getRuntime().addShutdownHook(hook);
      await(stop, joined);
      ListenSummary.of(joined).print(out);
      return 0;
    } catch (Exception e) {
      return ErrorLine.print(out, options.url(), e);
    } finally {
      printed.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException e) {
        // already shutting down: the hook is running and has been released
      }
    }
  }

  private void await(CountDownLatch stop, List<ClientCall> joined) throws InterruptedException {
    long end = seconds == null ? Long.MAX_VALUE : System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (System.nanoTime() < end) {
      if (stop.await(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
        return;
      }
      if (calls != null && joined.stream().filter(ClientCall::ended).count() >= calls) {
        return;
      }
    }
  }

  /**
   * A regroup names the configuration whose GMK protects calls on T; the member fetches that configuration's
   * document before the server's next request is handled (requests are handled one at a time, in order).
   */
  private static void onRegroup(ClientSession session, RegroupBody b, PrintWriter out) {
    List<String> line = new ArrayList<>(List.of("regroup=" + b.regroupUri(), "action=" + b.action().wire()));
    String cfg = b.preconfiguredGroup().or(b::securityConfigurationId).orElse(null);
    if (cfg != null && b.action() == RegroupBody.RegroupAction.CREATE) {
      line.add("security-configuration=" + cfg);
      try {
        line.add("gmks=" + session.fetch(cfg).size());
      } catch (Exception e) {
        line.add("fetch-error=" + String.valueOf(e.getMessage()).replace('\n', ' '));
      }
    }
    out.println(String.join(" ", line));
    out.flush();
  }
}
