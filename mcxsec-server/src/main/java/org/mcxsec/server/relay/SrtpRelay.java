// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.server.relay;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The media relay of the call server (design §3): one UDP socket; each participant of a call sends its SRTP
 * packets here and the relay forwards those of the call's current floor holder to every other participant of
 * that call. Packets from anyone else, or from unknown addresses, are dropped.
 *
 * <p>Security: the relay never decrypts and holds no key; it reads nothing in the packet. It binds to the
 * address it is given (loopback by default).
 *
 * <p>Performance: one thread receives into one direct buffer and sends it on to each listener; the address
 * lookup is a hash-map read and the list of listeners is an array replaced on change, so forwarding allocates
 * nothing (the JDK reuses the sender's address object while consecutive packets come from one sender).
 *
 * <p>Thread safety: {@link #open}, the {@link RelaySession} methods and {@link #close} may be called from any
 * thread.
 */
public final class SrtpRelay implements AutoCloseable {
  /** Largest datagram relayed; longer ones are truncated by the socket and dropped. */
  public static final int MAX_PACKET = 2048;

  private final DatagramChannel channel;
  private final InetSocketAddress localAddress;
  private final Map<SocketAddress, RelaySession.Leg> legs = new ConcurrentHashMap<>();
  private final Thread thread;
  private final AtomicLong received = new AtomicLong();
  private final AtomicLong forwarded = new AtomicLong();
  private final AtomicLong droppedNotHolder = new AtomicLong();
  private final AtomicLong droppedUnknown = new AtomicLong();

  private SrtpRelay(DatagramChannel channel) throws IOException {
    this.channel = channel;
    this.localAddress = (InetSocketAddress) channel.getLocalAddress();
    this.thread = new Thread(this::loop, "srtp-relay-" + localAddress.getPort());
    this.thread.setDaemon(true);
  }

  /** Binds to {@code bind} (port 0 picks one) and starts relaying. */
  public static SrtpRelay start(InetSocketAddress bind) throws IOException {
    DatagramChannel ch = DatagramChannel.open();
    try {
      ch.setOption(java.net.StandardSocketOptions.SO_RCVBUF, 4 << 20);
      ch.setOption(java.net.StandardSocketOptions.SO_SNDBUF, 4 << 20);
      ch.bind(bind);
      SrtpRelay r = new SrtpRelay(ch);
      r.thread.start();
      return r;
    } catch (IOException | RuntimeException e) {
      ch.close();
      throw e;
    }
  }

  /** Where participants send their media. */
  public InetSocketAddress localAddress() {
    return localAddress;
  }

  /** A new relay session for one call. */
  public RelaySession open(String callId) {
    return new RelaySession(callId, this);
  }

  void register(SocketAddress address, RelaySession.Leg leg) {
    legs.put(address, leg);
  }

  void unregister(SocketAddress address, RelaySession.Leg leg) {
    legs.remove(address, leg);
  }

  private void loop() {
    ByteBuffer buf = ByteBuffer.allocateDirect(MAX_PACKET);
    while (channel.isOpen()) {
      SocketAddress from;
      try {
        buf.clear();
        from = channel.receive(buf);
      } catch (ClosedChannelException e) {
        return;
      } catch (IOException e) {
        continue;
      }
      received.incrementAndGet();
      RelaySession.Leg leg = legs.get(from);
      if (leg == null) {
        droppedUnknown.incrementAndGet();
        continue;
      }
      RelaySession session = leg.session();
      if (session.talker() != leg) {
        droppedNotHolder.incrementAndGet();
        continue;
      }
      int n = buf.position();
      RelaySession.Leg[] to = session.legs();
      for (RelaySession.Leg l : to) {
        if (l == leg) {
          continue;
        }
        buf.limit(n).position(0);
        try {
          channel.send(buf, l.address());
          forwarded.incrementAndGet();
        } catch (ClosedChannelException e) {
          return;
        } catch (IOException e) {
          // one unreachable listener must not stop the others
        }
      }
    }
  }

  /** Counters since start. */
  public RelayStats stats() {
    return new RelayStats(received.get(), forwarded.get(), droppedNotHolder.get(), droppedUnknown.get());
  }

  /** Stops relaying and closes the socket. */
  @Override
  public void close() {
    try {
      channel.close();
    } catch (IOException e) {
      // closing is best effort
    }
    try {
      thread.join(2000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
