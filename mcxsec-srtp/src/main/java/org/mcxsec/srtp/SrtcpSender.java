// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.srtp;

import java.util.Objects;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.MalformedMessageException;
import org.mcxsec.crypto.PolicyException;
import org.mcxsec.srtp.internal.PacketCrypto;
import org.mcxsec.srtp.internal.ReplayWindow;
import org.mcxsec.srtp.internal.RtpHeader;
import org.mcxsec.srtp.internal.StreamTable;

/**
 * Sending side of SRTCP under one master key (RFC 3711 §3.4; RFC 7714 §9): protects compound RTCP packets in
 * place, appending tag, {@code E || SRTCP index} and MKI in the profile's order.
 *
 * <p>Each SSRC (the sender SSRC in octets 4..7) counts its own 31-bit SRTCP index from
 * {@link SrtpOptions#firstSrtcpIndex()}; the E flag follows {@link SrtpOptions#encryptRtcp()}.
 *
 * <p>Security: holds session keys; {@link #close()} wipes them. Thread safety: not thread-safe.
 */
public final class SrtcpSender implements AutoCloseable {
  private static final long MAX_INDEX = 0x7FFF_FFFFL;

  private final SrtpProfile profile;
  private final PacketCrypto crypto;
  private final StreamTable streams;
  private final long firstIndex;
  private final int eFlag;

  public SrtcpSender(SrtpMasterKey key) {
    this(key, SrtpOptions.defaults());
  }

  /** A sender for {@code key}; the key may be closed afterwards. */
  public SrtcpSender(SrtpMasterKey key, SrtpOptions options) {
    Objects.requireNonNull(options, "options");
    this.profile = key.profile();
    this.crypto = PacketCrypto.forRtcp(key);
    this.streams = new StreamTable(options.replayWindow(), options.maxStreams());
    this.firstIndex = options.firstSrtcpIndex();
    this.eFlag = options.encryptRtcp() ? 0x8000_0000 : 0;
  }

  public SrtpProfile profile() {
    return profile;
  }

  /** The octets {@link #protect(PacketBuffer)} adds: tag, E || index and MKI. */
  public int overhead() {
    return crypto.rtcpOverhead();
  }

  /**
   * Protects the compound RTCP packet in {@code packet} in place with the SSRC's next SRTCP index.
   *
   * @throws MalformedMessageException if it is shorter than 8 octets or not RTCP version 2
   * @throws PolicyException if the SSRC's 2^31 SRTCP indices are used up
   * @throws IllegalArgumentException if the buffer has less than {@link #overhead()} octets of room
   */
  public void protect(PacketBuffer packet) throws MalformedMessageException, PolicyException {
    byte[] b = packet.array();
    int off = packet.offset();
    int len = packet.length();
    // 1. RFC 3550 §6.4: V = 2, then the sender SSRC at octets 4..7 (the first 8 octets stay in the clear)
    if (len < 8) {
      throw new MalformedMessageException("RTCP packet of " + len + " octets is shorter than the 8-octet header");
    }
    if (!RtpHeader.isRtcpVersion2(b, off)) {
      throw new MalformedMessageException("RTCP version is " + ((b[off] & 0xFF) >>> 6) + "; expected 2");
    }
    if (packet.room() < overhead()) {
      throw new IllegalArgumentException("packet buffer has " + packet.room() + " octets of room; protect needs "
          + overhead());
    }
    int ssrc = RtpHeader.readInt(b, off + 4);
    // 2. RFC 3711 §3.4: the explicit 31-bit SRTCP index, one more than the last
    ReplayWindow window = streams.find(ssrc);
    long index = window == null ? firstIndex : window.highest() + 1;
    if (index > MAX_INDEX) {
      throw new PolicyException("SRTCP index space of SSRC " + SrtpSender.hex(ssrc)
          + " is used up; a new master key is needed");
    }
    // 3. RFC 3711 §3.4 / RFC 7714 §9.2: encrypt (E = 1), append E || index, MKI and tag
    int n = crypto.protectRtcp(b, off, len, ssrc, eFlag | (int) index);
    if (window == null) {
      window = streams.add(ssrc);
    }
    window.accept(index);
    packet.setLength(n);
  }

  /** Protects a copy of {@code packet}; see {@link #protect(PacketBuffer)}. */
  public Bytes protect(Bytes packet) throws MalformedMessageException, PolicyException {
    PacketBuffer buffer = PacketBuffer.copyOf(packet, overhead());
    protect(buffer);
    return buffer.toBytes();
  }

  /** Wipes the session keys. */
  @Override
  public void close() {
    crypto.close();
  }

  @Override
  public String toString() {
    return "SrtcpSender[" + profile + ", " + streams.size() + " streams]";
  }
}
