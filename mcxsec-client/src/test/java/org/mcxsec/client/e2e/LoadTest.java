// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.client.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mcxsec.client.ClientCall;
import org.mcxsec.client.McxClient;
import org.mcxsec.server.relay.RelaySession;
import org.mcxsec.server.relay.RelayStats;
import org.mcxsec.server.relay.SrtpRelay;

/**
 * Load runs (profile {@code -Pload}; not part of the normal build). They print what they measured on stdout
 * (in the surefire report) and assert only that every packet was decrypted.
 */
@Tag("load")
class LoadTest {
  static final int MEMBERS = Integer.getInteger("mcxsec.load.members", 1000);
  static final int CALLS = Integer.getInteger("mcxsec.load.calls", 50);
  static final int SECONDS = Integer.getInteger("mcxsec.load.seconds", 10);

  /** 1,000 members in 50 groups, 50 concurrent calls, each talker at 50 packets/s: every packet decrypted. */
  @Test
  void concurrentCalls_everyListenerDecryptsEveryPacket() throws Exception {
    try (CallWorld world = new CallWorld()) {
      int per = MEMBERS / CALLS;
      List<String> groups = new ArrayList<>();
      List<List<String>> members = new ArrayList<>();
      Set<String> users = new HashSet<>();
      for (int g = 0; g < CALLS; g++) {
        String group = String.format("sip:g%02d@load.example", g);
        List<String> m = new ArrayList<>();
        for (int i = 0; i < per; i++) {
          m.add(String.format("sip:u%02d-%03d@load.example", g, i));
        }
        groups.add(group);
        members.add(m);
        users.addAll(m);
        world.directory.addGroup(group, Set.copyOf(m));
        world.newGmk(group, Set.copyOf(m));
      }
      world.start(users, Set.of());
      long t0 = System.nanoTime();
      List<List<McxClient>> clients = new ArrayList<>();
      for (int g = 0; g < CALLS; g++) {
        List<McxClient> cs = new ArrayList<>();
        for (String u : members.get(g)) {
          McxClient c = world.connect(u, false);
          c.affiliate(List.of(groups.get(g)));
          cs.add(c);
        }
        clients.add(cs);
      }
      System.out.printf("load: %d clients connected and affiliated in %d ms%n", users.size(),
          (System.nanoTime() - t0) / 1_000_000);
      List<ClientCall> calls = new ArrayList<>();
      for (int g = 0; g < CALLS; g++) {
        ClientCall call = clients.get(g).get(0).call(groups.get(g), false);
        world.awaitParticipants(groups.get(g), Set.copyOf(members.get(g)));
        call.requestFloor();
        calls.add(call);
      }
      RelayStats before = world.server().relay().stats();
      int packets = 50 * SECONDS;
      ExecutorService talkers = Executors.newFixedThreadPool(CALLS);
      long start = System.nanoTime();
      List<Future<?>> done = new ArrayList<>();
      for (ClientCall call : calls) {
        done.add(talkers.submit(() -> {
          long next = System.nanoTime();
          for (int i = 0; i < packets; i++) {
            call.sendPacket();
            next += 20_000_000L;
            LockSupport.parkNanos(next - System.nanoTime());
          }
          return null;
        }));
      }
      for (Future<?> f : done) {
        f.get();
      }
      long elapsed = System.nanoTime() - start;
      talkers.shutdown();
      long expected = (long) CALLS * (per - 1) * packets;
      CallWorld.await(() -> decrypted(clients, groups) >= expected);
      RelayStats after = world.server().relay().stats();
      long forwarded = after.forwarded() - before.forwarded();
      long got = decrypted(clients, groups);
      System.out.printf("load: %d calls x %d listeners x %d packets in %.1f s: relay forwarded %d (%.0f packets/s),"
          + " listeners decrypted %d of %d (%.3f%%)%n", CALLS, per - 1, packets, elapsed / 1e9, forwarded,
          forwarded / (elapsed / 1e9), got, expected, 100.0 * got / expected);
      assertEquals(expected, got);
    }
  }

  private static long decrypted(List<List<McxClient>> clients, List<String> groups) {
    long n = 0;
    for (int g = 0; g < clients.size(); g++) {
      for (McxClient c : clients.get(g).subList(1, clients.get(g).size())) {
        n += c.call(groups.get(g)).map(x -> x.stats().decrypted()).orElse(0L);
      }
    }
    return n;
  }

  /** The relay alone: one talker blasting 200,000 packets to 19 listeners; forwarded packets per second. */
  @Test
  void relayThroughput_oneTalkerTo19Listeners() throws Exception {
    try (SrtpRelay relay = SrtpRelay.start(new InetSocketAddress("127.0.0.1", 0))) {
      InetAddress lo = InetAddress.getLoopbackAddress();
      RelaySession s = relay.open("load");
      DatagramSocket talker = new DatagramSocket(0, lo);
      s.addLeg("talker", (InetSocketAddress) talker.getLocalSocketAddress());
      List<DatagramSocket> listeners = new ArrayList<>();
      AtomicLong received = new AtomicLong();
      List<Thread> readers = new ArrayList<>();
      for (int i = 0; i < 19; i++) {
        DatagramSocket l = new DatagramSocket(0, lo);
        l.setReceiveBufferSize(4 << 20);
        listeners.add(l);
        s.addLeg("l" + i, (InetSocketAddress) l.getLocalSocketAddress());
        Thread t = new Thread(() -> {
          DatagramPacket p = new DatagramPacket(new byte[2048], 2048);
          try {
            while (true) {
              l.receive(p);
              received.incrementAndGet();
            }
          } catch (java.io.IOException e) {
            // closed
          }
        });
        t.setDaemon(true);
        t.start();
        readers.add(t);
      }
      s.setTalker("talker");
      byte[] packet = new byte[12 + 160 + 16 + 8];
      packet[0] = (byte) 0x80;
      DatagramPacket out = new DatagramPacket(packet, packet.length, relay.localAddress());
      int n = 200_000;
      long start = System.nanoTime();
      for (int i = 0; i < n; i++) {
        talker.send(out);
        // about 100,000 packets/s offered: the relay must forward 1.9 million/s to keep up
        long until = start + 10_000L * (i + 1);
        while (System.nanoTime() < until) {
          Thread.onSpinWait();
        }
      }
      // the relay is done when its counter stops moving; its rate is measured up to then
      long last = relay.stats().forwarded();
      long lastChange = System.nanoTime();
      while (System.nanoTime() - lastChange < 200_000_000L) {
        Thread.sleep(10);
        long f = relay.stats().forwarded();
        if (f != last) {
          last = f;
          lastChange = System.nanoTime();
        }
      }
      double seconds = (lastChange - start) / 1e9;
      RelayStats st = relay.stats();
      System.out.printf("relay: offered %d packets at 100,000/s to a call of 1 talker + 19 listeners; received %d"
          + " (the rest dropped by the socket), forwarded %d in %.2f s = %.0f forwarded packets/s; listeners got"
          + " %d%n", n, st.received(), st.forwarded(), seconds, st.forwarded() / seconds, received.get());
      talker.close();
      listeners.forEach(DatagramSocket::close);
    }
  }
}
