// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.cli.demo;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.LockSupport;
import org.mcxsec.client.ClientCall;
import org.mcxsec.client.GmkEntry;
import org.mcxsec.client.McxClient;
import org.mcxsec.client.media.CallStats;
import org.mcxsec.client.media.GroupMediaKeys;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.InsecureSecretAccess;
import org.mcxsec.crypto.McxException;
import org.mcxsec.server.call.CallSnapshot;
import org.mcxsec.signalling.FloorBody;

/**
 * Runs one call of the demo and measures it: the talker calls, every expected listener must have joined (the
 * server's view), the talker takes the floor and sends real SRTP packets at 50 per second through the relay,
 * then every listener's counters are read. Nothing is reported that was not counted.
 */
final class DemoCall {
  static final int PACKETS_PER_SECOND = 50;
  private static final long JOIN_TIMEOUT_NANOS = 60_000_000_000L;
  private static final long DRAIN_TIMEOUT_NANOS = 10_000_000_000L;

  private final DemoWorld world;
  private final DemoOutput output;

  DemoCall(DemoWorld world, DemoOutput output) {
    this.world = world;
    this.output = output;
  }

  /** Something to do when half the packets are sent (a GMK rollover). */
  interface Halfway {
    void run() throws Exception;
  }

  /** A packet capture of one listener's leg, for the outsider and {@code --pcap}. */
  record Capture(List<Bytes> packets, int relayPort, int listenerPort) {}

  CallOutcome run(String title, McxClient talker, String target, boolean broadcast, List<String> listeners,
      List<String> expectedGmkIds, int packets, Halfway halfway, List<Capture> captures)
      throws IOException, McxException, InterruptedException {
    List<String> failures = new ArrayList<>();
    ClientCall call = talker.call(target, broadcast);
    Set<String> expected = new HashSet<>(listeners);
    expected.add(talker.user());
    long end = System.nanoTime() + JOIN_TIMEOUT_NANOS;
    Optional<CallSnapshot> snap = world.server().controller().call(target);
    while (System.nanoTime() < end && !(snap.isPresent() && snap.get().participants().containsAll(expected)
        && snap.get().invitedPending() == 0)) {
      Thread.sleep(5);
      snap = world.server().controller().call(target);
    }
    Set<String> joined = snap.map(CallSnapshot::participants).orElse(Set.of());
    for (String l : listeners) {
      if (!joined.contains(l)) {
        failures.add(l + " did not join" + snap.map(s -> Optional.ofNullable(s.declined().get(l))
            .map(d -> " (" + d + ")").orElse("")).orElse(""));
      }
    }
    Set<String> extra = new HashSet<>(joined);
    extra.removeAll(expected);
    for (String x : extra) {
      failures.add(x + " joined but was not expected to");
    }
    List<ClientCall> legs = new ArrayList<>();
    for (String l : listeners) {
      world.client(l).call(target).ifPresent(legs::add);
    }
    if (!legs.isEmpty()) {
      List<Bytes> captured = new CopyOnWriteArrayList<>();
      legs.get(0).media().tap(captured::add);
      captures.add(new Capture(captured, world.server().relay().localAddress().getPort(),
          legs.get(0).media().localPort()));
    }
    FloorBody floor = call.requestFloor();
    if (floor.message() != FloorBody.FloorMessage.GRANTED) {
      failures.add("floor not granted to the talker: " + floor.message().wire());
    }
    long period = 1_000_000_000L / PACKETS_PER_SECOND;
    long next = System.nanoTime();
    for (int i = 0; i < packets; i++) {
      if (i == packets / 2 && halfway != null) {
        try {
          halfway.run();
        } catch (Exception e) {
          failures.add("mid-call step failed: " + e.getMessage());
        }
      }
      call.sendPacket();
      next += period;
      LockSupport.parkNanos(next - System.nanoTime());
      if (i % PACKETS_PER_SECOND == PACKETS_PER_SECOND - 1) {
        output.tick();
      }
    }
    CallStats sent = call.stats();
    long drainEnd = System.nanoTime() + DRAIN_TIMEOUT_NANOS;
    while (System.nanoTime() < drainEnd && legs.stream().anyMatch(l -> l.stats().decrypted() < sent.sent())) {
      Thread.sleep(5);
    }
    long min = legs.isEmpty() ? 0 : Long.MAX_VALUE;
    long total = 0;
    long rejected = 0;
    for (ClientCall l : legs) {
      CallStats s = l.stats();
      min = Math.min(min, s.decrypted());
      total += s.decrypted();
      rejected += s.rejectedTotal();
      if (!s.decryptedByGmkId().equals(sent.sentByGmkId()) || s.rejectedTotal() != 0) {
        failures.add(String.format("a listener decrypted %s of %s (rejected %s)", s.decryptedByGmkId(),
            sent.sentByGmkId(), s.rejected()));
      }
    }
    if (!List.copyOf(new java.util.TreeSet<>(sent.sentByGmkId().keySet()))
        .equals(List.copyOf(new java.util.TreeSet<>(expectedGmkIds)))) {
      failures.add("media was protected under GMK-IDs " + sent.sentByGmkId().keySet() + ", expected "
          + expectedGmkIds);
    }
    output.keylog(title, target, talker.user(), sent.sentByGmkId().keySet(), id -> talker.gmks()
        .byGmkId(Integer.parseUnsignedInt(id, 16)));
    call.releaseFloor();
    call.leave();
    return new CallOutcome(title, target, call.keyGroup(), talker.user(), legs.size(), expectedGmkIds,
        sent.sentByGmkId(), min, total, rejected, failures);
  }

  /**
   * The key-log lines of one GMK in the SRTP module's format ({@code SrtpKeyLog}): with it every sender's key is
   * derived from the GUK-ID in its MKI (TS 33.180 §7.4.2).
   */
  static List<String> keyLogLines(String title, String target, GmkEntry gmk) {
    InsecureSecretAccess a = InsecureSecretAccess.get();
    return List.of("# " + title + " on " + target,
        "profile=" + GroupMediaKeys.PROFILE.cliName() + " gmk-id=" + gmk.gmkIdHex() + " gmk="
            + Bytes.copyOf(gmk.gmk().toByteArray(a)).toHex() + " rand=" + gmk.rand().toHex() + " cs-id="
            + GroupMediaKeys.CS_ID_MCPTT_GROUP);
  }
}
