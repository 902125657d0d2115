// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.server.relay;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The relay over real UDP sockets on loopback. */
class SrtpRelayTest {
  SrtpRelay relay;
  DatagramSocket a;
  DatagramSocket b;
  DatagramSocket c;
  DatagramSocket stranger;

  @BeforeEach
  void setUp() throws Exception {
    relay = SrtpRelay.start(new InetSocketAddress("127.0.0.1", 0));
    InetAddress lo = InetAddress.getLoopbackAddress();
    a = new DatagramSocket(0, lo);
    b = new DatagramSocket(0, lo);
    c = new DatagramSocket(0, lo);
    stranger = new DatagramSocket(0, lo);
    for (DatagramSocket s : new DatagramSocket[] {a, b, c, stranger}) {
      s.setSoTimeout(300);
    }
  }

  @AfterEach
  void tearDown() {
    relay.close();
    a.close();
    b.close();
    c.close();
    stranger.close();
  }

  private void send(DatagramSocket from, byte[] data) throws Exception {
    from.send(new DatagramPacket(data, data.length, relay.localAddress()));
  }

  private static byte[] receive(DatagramSocket s) throws Exception {
    DatagramPacket p = new DatagramPacket(new byte[2048], 2048);
    try {
      s.receive(p);
    } catch (SocketTimeoutException e) {
      return null;
    }
    return java.util.Arrays.copyOf(p.getData(), p.getLength());
  }

  private static InetSocketAddress at(DatagramSocket s) {
    return (InetSocketAddress) s.getLocalSocketAddress();
  }

  @Test
  void holdersPackets_reachEveryOtherParticipant_unchanged_andNotTheSender() throws Exception {
    RelaySession call = relay.open("call-1");
    call.addLeg("a", at(a));
    call.addLeg("b", at(b));
    call.addLeg("c", at(c));
    call.setTalker("a");
    byte[] packet = {(byte) 0x80, 96, 0, 1, 9, 9, 9, 9};
    send(a, packet);
    assertArrayEquals(packet, receive(b));
    assertArrayEquals(packet, receive(c));
    assertNull(receive(a));
    assertEquals(new RelayStats(1, 2, 0, 0), relay.stats());
  }

  @Test
  void packetsFromANonHolderOrAStranger_areDropped() throws Exception {
    RelaySession call = relay.open("call-1");
    call.addLeg("a", at(a));
    call.addLeg("b", at(b));
    call.setTalker("a");
    send(b, new byte[] {1, 2, 3});
    send(stranger, new byte[] {4, 5, 6});
    assertNull(receive(a));
    assertEquals(new RelayStats(2, 0, 1, 1), relay.stats());
  }

  @Test
  void idleFloor_forwardsNothing_andAClosedSessionForgetsItsLegs() throws Exception {
    RelaySession call = relay.open("call-1");
    call.addLeg("a", at(a));
    call.addLeg("b", at(b));
    send(a, new byte[] {1});
    assertNull(receive(b));
    call.setTalker("a");
    call.close();
    send(a, new byte[] {2});
    assertNull(receive(b));
    assertEquals(new RelayStats(2, 0, 1, 1), relay.stats());
  }

  @Test
  void twoCalls_areKeptApart() throws Exception {
    RelaySession one = relay.open("one");
    RelaySession two = relay.open("two");
    one.addLeg("a", at(a));
    one.addLeg("b", at(b));
    two.addLeg("c", at(c));
    two.addLeg("s", at(stranger));
    one.setTalker("a");
    two.setTalker("c");
    send(a, new byte[] {1});
    send(c, new byte[] {2});
    assertArrayEquals(new byte[] {1}, receive(b));
    assertArrayEquals(new byte[] {2}, receive(stranger));
    assertNull(receive(a));
  }
}
