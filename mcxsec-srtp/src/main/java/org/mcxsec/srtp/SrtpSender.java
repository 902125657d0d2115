// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.srtp;

import java.util.Objects;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.MalformedMessageException;
import org.mcxsec.crypto.PolicyException;
import org.mcxsec.srtp.internal.PacketCrypto;
import org.mcxsec.srtp.internal.ReplayWindow;
import org.mcxsec.srtp.internal.RtpHeader;
import org.mcxsec.srtp.internal.SrtpIndex;
import org.mcxsec.srtp.internal.StreamTable;

/**
 * Sending side of SRTP under one master key (RFC 3711 §3.3; RFC 7714 §8): protects RTP packets in place and
 * appends tag, MKI and, with RCCm3 (RFC 4771), the ROC.
 *
 * <p>The ROC of each SSRC starts at {@link SrtpOptions#initialRoc()} and follows the sequence numbers: a wrap
 * from 65535 to 0 increments it (RFC 3711 §3.3.1). An index is never protected twice: that would reuse a key
 * stream (and, for GCM, a nonce), so a repeated or stale sequence number is refused.
 *
 * <p>Security: holds session keys; {@link #close()} wipes them. Thread safety: not thread-safe; confine to one
 * thread.
 */
public final class SrtpSender implements AutoCloseable {
  private final SrtpProfile profile;
  private final PacketCrypto crypto;
  private final StreamTable streams;
  private final long initialRoc;
  private final int rcc;

  public SrtpSender(SrtpMasterKey key) {
    this(key, SrtpOptions.defaults());
  }

  /**
   * A sender for {@code key}; the key may be closed afterwards.
   *
   * @throws IllegalArgumentException if RCCm3 is asked for with a profile that is not AEAD
   */
  public SrtpSender(SrtpMasterKey key, SrtpOptions options) {
    Objects.requireNonNull(options, "options");
    requireRccWithAead(key.profile(), options);
    this.profile = key.profile();
    this.crypto = PacketCrypto.forRtp(key);
    this.streams = new StreamTable(options.replayWindow(), options.maxStreams());
    this.initialRoc = options.initialRoc();
    this.rcc = options.rccm3Rate();
  }

  static void requireRccWithAead(SrtpProfile profile, SrtpOptions options) {
    if (options.rccm3Rate() > 0 && !profile.isAead()) {
      throw new IllegalArgumentException("RCCm3 carries no MAC; it is only allowed with an AEAD profile, not "
          + profile);
    }
  }

  public SrtpProfile profile() {
    return profile;
  }

  /** The most octets {@link #protect(PacketBuffer)} adds: tag, MKI and, with RCCm3, 4 octets of ROC. */
  public int overhead() {
    return crypto.rtpOverhead() + (rcc > 0 ? 4 : 0);
  }

  /**
   * Protects the RTP packet in {@code packet} in place; its length grows by up to {@link #overhead()}.
   *
   * @throws MalformedMessageException if it is not an RTP version 2 packet with a complete header
   * @throws PolicyException if its index was protected before or left the replay window (key stream reuse), or
   *     the 48-bit index space is used up
   * @throws IllegalArgumentException if the buffer has less than {@link #overhead()} octets of room
   */
  public void protect(PacketBuffer packet) throws MalformedMessageException, PolicyException {
    byte[] b = packet.array();
    int off = packet.offset();
    int len = packet.length();
    // 1. RFC 3550 §5.1: header length (CSRCs, extension); the payload, padding included, is what gets encrypted
    int hl = RtpHeader.length(b, off, len);
    if (hl < 0) {
      throw new MalformedMessageException(RtpHeader.whyMalformed(b, off, len));
    }
    if (packet.room() < overhead()) {
      throw new IllegalArgumentException("packet buffer has " + packet.room() + " octets of room; protect needs "
          + overhead());
    }
    int ssrc = RtpHeader.ssrc(b, off);
    int seq = RtpHeader.sequenceNumber(b, off);
    // 2. RFC 3711 §3.3.1: the index i = 2^16 * ROC + SEQ, the ROC following the sequence numbers
    ReplayWindow window = streams.find(ssrc);
    long index = SrtpIndex.estimate(window == null ? -1 : window.highest(), initialRoc, seq);
    if (!SrtpIndex.isValid(index)) {
      throw new PolicyException("SRTP index space of SSRC " + hex(ssrc) + " is used up at sequence number " + seq
          + "; a new master key is needed");
    }
    if (window != null && window.check(index) != ReplayWindow.FRESH) {
      throw new PolicyException("SRTP index " + index + " (ROC " + (index >>> 16) + ", SEQ " + seq + ") of SSRC "
          + hex(ssrc) + " was already protected or is behind the window; protecting it would reuse a key stream");
    }
    // 3. RFC 3711 §3.3 steps 3-5 / RFC 7714 §8.1: encrypt, tag, MKI
    int n = crypto.protectRtp(b, off, hl, len, ssrc, index);
    // 4. RFC 4771 §3.1 (RCCm3): the ROC in place of a tag on packets with SEQ mod R = 0
    if (rcc > 0 && seq % rcc == 0) {
      RtpHeader.writeInt(b, off + n, (int) (index >>> 16));
      n += 4;
    }
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

  /** The ROC of {@code ssrc}'s last protected packet, or the initial ROC before the first. */
  public long roc(int ssrc) {
    ReplayWindow window = streams.find(ssrc);
    return window == null ? initialRoc : window.highest() >>> 16;
  }

  static String hex(int v) {
    return String.format("0x%08x", v);
  }

  /** Wipes the session keys. */
  @Override
  public void close() {
    crypto.close();
  }

  @Override
  public String toString() {
    return "SrtpSender[" + profile + ", " + streams.size() + " streams]";
  }
}
