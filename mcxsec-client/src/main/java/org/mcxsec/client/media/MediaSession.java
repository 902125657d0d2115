// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.client.media;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;
import org.mcxsec.client.GmkEntry;
import org.mcxsec.client.GmkTable;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.PolicyException;
import org.mcxsec.srtp.SrtpMasterKey;

/**
 * The media of one participant in one group call: real RTP/SRTP over UDP to and from the server's relay.
 * Sending protects each packet under the newest active GMK of the call's key group (so a GMK rollover mid-call
 * switches keys at the next packet); receiving picks the key by the GMK-ID in each packet's MKI
 * ({@link GroupMediaReceiver}). Every packet is counted ({@link CallCounters}).
 *
 * <p>Thread safety: {@link #sendOne()} from one thread at a time; a private thread receives.
 */
public final class MediaSession implements AutoCloseable {
  /** RTP payload octets per packet: 20 ms of a 64 kbit/s codec. */
  public static final int PAYLOAD_OCTETS = 160;
  private final String user;
  private final String keyGroup;
  private final GmkTable gmks;
  private final MediaProtection protection;
  private final Clock clock;
  private final DatagramChannel channel;
  private volatile InetSocketAddress relay;
  private final CallCounters counters = new CallCounters();
  private final GroupMediaReceiver receiver;
  private final Thread thread;
  private final int ssrc;
  private final byte[] out = new byte[PAYLOAD_OCTETS + 12 + 64];
  private final ByteBuffer outBuf = ByteBuffer.wrap(out);
  private volatile Consumer<Bytes> tap;
  private MediaProtection.Protector protector;
  private int protectorGmkId;
  private int seq;
  private int timestamp;

  /**
   * Opens a UDP socket on loopback and starts receiving.
   *
   * @param user this participant (its GUK-ID keys what it sends)
   * @param keyGroup the group identity whose GMKs protect the call (the group, or T's security configuration)
   * @param local the loopback (or other) address to receive on
   */
  public MediaSession(String user, String keyGroup, GmkTable gmks, MediaProtection protection, Clock clock,
      java.net.InetAddress local, SecureRandom random) throws IOException {
    this.user = user;
    this.keyGroup = keyGroup;
    this.gmks = gmks;
    this.protection = protection;
    this.clock = clock;
    this.receiver = new GroupMediaReceiver(gmks, keyGroup, protection);
    this.ssrc = random.nextInt();
    this.seq = random.nextInt(0x8000);
    this.timestamp = random.nextInt();
    this.channel = DatagramChannel.open();
    channel.bind(new InetSocketAddress(local, 0));
    channel.setOption(java.net.StandardSocketOptions.SO_RCVBUF, 1 << 20);
    this.thread = new Thread(null, this::receiveLoop, "media-" + user, 256 * 1024);
    thread.setDaemon(true);
    thread.start();
  }

  /** The local UDP port (announced in the SDP answer). */
  public int localPort() throws IOException {
    return ((InetSocketAddress) channel.getLocalAddress()).getPort();
  }

  /** Where to send media: the server's relay, from its SDP. */
  public void relay(InetSocketAddress address) {
    this.relay = address;
  }

  public String keyGroup() {
    return keyGroup;
  }

  /** Receives a copy of every packet as it arrived, before unprotecting (for captures). */
  public void tap(Consumer<Bytes> t) {
    this.tap = t;
  }

  /**
   * Builds, protects and sends one RTP packet.
   *
   * @return the GMK-ID that protected it
   * @throws PolicyException if no active GMK is held for the key group
   */
  public int sendOne() throws PolicyException, IOException {
    if (relay == null) {
      throw new IllegalStateException("no relay address yet");
    }
    Optional<GmkEntry> gmk = gmks.active(keyGroup, clock.instant());
    if (gmk.isEmpty()) {
      throw new PolicyException("no active GMK for " + keyGroup);
    }
    if (protector == null || protectorGmkId != gmk.get().gmkId()) {
      if (protector != null) {
        protector.close();
      }
      try (SrtpMasterKey k = GroupMediaKeys.forSender(gmk.get(), user)) {
        protector = protection.protector(k);
      }
      protectorGmkId = gmk.get().gmkId();
    }
    // RFC 3550 §5.1: V=2, PT 96, sequence number, timestamp, SSRC (random for group calls, TS 33.180 §7.5.1)
    seq = (seq + 1) & 0xFFFF;
    timestamp += PAYLOAD_OCTETS;
    out[0] = (byte) 0x80;
    out[1] = 96;
    out[2] = (byte) (seq >>> 8);
    out[3] = (byte) seq;
    putInt(out, 4, timestamp);
    putInt(out, 8, ssrc);
    for (int i = 0; i < PAYLOAD_OCTETS; i++) {
      out[12 + i] = (byte) (seq + i);
    }
    int n = protector.protect(out, 0, 12 + PAYLOAD_OCTETS);
    outBuf.clear().limit(n);
    channel.send(outBuf, relay);
    counters.sent(protectorGmkId);
    return protectorGmkId;
  }

  private void receiveLoop() {
    byte[] in = new byte[4096];
    ByteBuffer buf = ByteBuffer.wrap(in);
    while (channel.isOpen()) {
      try {
        buf.clear();
        channel.receive(buf);
      } catch (ClosedChannelException e) {
        return;
      } catch (IOException e) {
        continue;
      }
      int n = buf.position();
      Consumer<Bytes> t = tap;
      if (t != null) {
        t.accept(Bytes.copyOf(in, 0, n));
      }
      MediaStatus s = receiver.receive(in, 0, n);
      if (s == MediaStatus.OK) {
        counters.decrypted(receiver.lastGmkId());
      } else {
        counters.rejected(s);
      }
    }
  }

  public CallStats stats() {
    return counters.snapshot();
  }

  private static void putInt(byte[] b, int o, int v) {
    b[o] = (byte) (v >>> 24);
    b[o + 1] = (byte) (v >>> 16);
    b[o + 2] = (byte) (v >>> 8);
    b[o + 3] = (byte) v;
  }

  /** Stops receiving and wipes the keys. */
  @Override
  public void close() {
    try {
      channel.close();
    } catch (IOException e) {
      // best effort
    }
    try {
      thread.join(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    receiver.close();
    if (protector != null) {
      protector.close();
    }
  }
}
