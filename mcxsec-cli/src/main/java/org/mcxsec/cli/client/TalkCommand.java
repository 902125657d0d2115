// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.cli.client;

import java.io.PrintWriter;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.locks.LockSupport;
import org.mcxsec.cli.RunnableCommand;
import org.mcxsec.client.ClientCall;
import org.mcxsec.client.McxClient;
import org.mcxsec.client.media.CallStats;
import org.mcxsec.crypto.PolicyException;
import org.mcxsec.signalling.FloorBody;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code mcxsec client talk}: makes a group call (TS 24.379 10.1.1), takes the floor (TS 24.380), sends SRTP for
 * {@code --seconds} at {@code --rate} packets per second, each protected with a key derived from the group's GMK
 * (TS 33.180 §7.4.2), releases the floor and ends the call. Prints the packets sent and the GMK-IDs that protected
 * them.
 */
@Command(name = "talk", description = "Call a group, take the floor and send SRTP; prints sent= and gmk-id=.")
public final class TalkCommand implements RunnableCommand {
  @Mixin
  ClientOptions options;

  @Option(names = "--group", required = true, description = "the group to call")
  String group;

  @Option(names = "--seconds", defaultValue = "2", description = "talk time in seconds (default 2)")
  int seconds;

  @Option(names = "--rate", defaultValue = "50", description = "packets per second (default 50, one per 20 ms)")
  int rate;

  @Option(names = "--broadcast", description = "a broadcast group call (23.379 10.6.2.5: only this user talks)")
  boolean broadcast;

  @Option(names = "--settle-ms", defaultValue = "300", description = "wait after the call is set up (so invited"
      + " members join) and after the last packet (so it reaches them) before ending the call (default 300)")
  int settleMillis;

  @Override
  public int run(PrintWriter out, PrintWriter err) {
    if (seconds < 1 || seconds > 3600 || rate < 1 || rate > 1000 || settleMillis < 0 || settleMillis > 60_000) {
      return ErrorLine.print(out, options.url(), new IllegalArgumentException("--seconds " + seconds + " must be in"
          + " [1, 3600], --rate " + rate + " in [1, 1000], --settle-ms " + settleMillis + " in [0, 60000]"));
    }
    try (ClientSession session = ClientSession.open(options)) {
      session.fetch(group);
      McxClient client = session.connect();
      client.affiliate(List.of(group));
      ClientCall call = client.call(group, broadcast);
      out.println("call=" + group + " key-group=" + call.keyGroup() + " broadcast=" + call.broadcast());
      out.flush();
      try {
        Thread.sleep(settleMillis);
        FloorBody floor = call.requestFloor();
        if (floor.message() != FloorBody.FloorMessage.GRANTED) {
          throw new PolicyException("floor not granted on " + group + ": " + floor.message().wire());
        }
        send(call, (long) seconds * rate);
        Thread.sleep(settleMillis);
        call.releaseFloor();
      } finally {
        call.leave();
      }
      CallStats s = call.stats();
      out.println("sent=" + s.sent());
      out.println("gmk-id=" + String.join(",", new TreeSet<>(s.sentByGmkId().keySet())));
      out.flush();
      return 0;
    } catch (Exception e) {
      return ErrorLine.print(out, options.url(), e);
    }
  }

  private void send(ClientCall call, long packets) throws PolicyException, java.io.IOException {
    long period = 1_000_000_000L / rate;
    long next = System.nanoTime();
    for (long i = 0; i < packets; i++) {
      call.sendPacket();
      next += period;
      LockSupport.parkNanos(next - System.nanoTime());
    }
  }
}
