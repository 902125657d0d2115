// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.srtp;

import java.util.List;
import java.util.Objects;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.srtp.internal.MasterKeyTable;
import org.mcxsec.srtp.internal.PacketCrypto;
import org.mcxsec.srtp.internal.ReplayWindow;
import org.mcxsec.srtp.internal.RtpHeader;
import org.mcxsec.srtp.internal.SrtpIndex;
import org.mcxsec.srtp.internal.SrtpLayout;
import org.mcxsec.srtp.internal.StreamTable;

/**
 * Receiving side of SRTP (RFC 3711 §3.3; RFC 7714 §8): the class to read first in this module.
 *
 * <p>A receiver holds one or more master keys, told apart by their MKI, and per SSRC the ROC, the highest
 * sequence number and a replay window. It unprotects packets in place and answers with an
 * {@link UnprotectStatus}; nothing changes (neither the buffer nor any state) unless the answer is {@code OK}.
 *
 * <pre>
 *   AES_CM_128_HMAC_SHA1_80                     AEAD_AES_128_GCM
 *   +-----------------------+                   +-----------------------+
 *   | RTP header            | authenticated     | RTP header            | AAD
 *   +-----------------------+                   +-----------------------+
 *   | payload (+ padding)   | encrypted         | payload (+ padding)   | encrypted
 *   +-----------------------+                   +-----------------------+
 *   | MKI (0, 4 or 8)       |                   | GCM tag (16)          |
 *   +-----------------------+                   +-----------------------+
 *   | HMAC-SHA1 tag (10)    |                   | MKI (0, 4 or 8)       |
 *   +-----------------------+                   +-----------------------+
 *                                               | ROC (4), RCCm3 only   | on packets with SEQ mod R = 0
 *                                               +-----------------------+
 * </pre>
 *
 * Steps (RFC 3711 §3.3): 1. find the master key by MKI; 2. estimate the index from SEQ and the stream's ROC and
 * s_l (§3.3.1), or take the ROC the packet carries (RFC 4771); 3. check the replay window (§3.3.2); 4. verify the
 * tag; 5. decrypt; 6. only now update ROC, s_l and the window.
 *
 * <p>Security: holds session keys; {@link #close()} wipes them. Thread safety: not thread-safe; confine to one
 * thread.
 */
public final class SrtpReceiver implements AutoCloseable {
  private final SrtpProfile profile;
  private final int mkiLength;
  private final MasterKeyTable keys;
  private final StreamTable streams;
  private final long initialRoc;
  private final int rcc;
  private final int minLength;

  public SrtpReceiver(SrtpMasterKey key) {
    this(List.of(key), SrtpOptions.defaults());
  }

  public SrtpReceiver(SrtpMasterKey key, SrtpOptions options) {
    this(List.of(key), options);
  }

  /**
   * A receiver for several master keys of one profile, selected by MKI (all MKIs of the same length and
   * distinct). The keys may be closed afterwards.
   *
   * @throws IllegalArgumentException if the keys are empty, mix profiles or MKI lengths, or repeat an MKI
   */
  public SrtpReceiver(List<SrtpMasterKey> keys, SrtpOptions options) {
    Objects.requireNonNull(options, "options");
    if (!keys.isEmpty()) {
      SrtpSender.requireRccWithAead(keys.get(0).profile(), options);
    }
    this.keys = new MasterKeyTable(keys, false);
    this.profile = this.keys.profile();
    this.mkiLength = this.keys.mkiLength();
    this.streams = new StreamTable(options.replayWindow(), options.maxStreams());
    this.initialRoc = options.initialRoc();
    this.rcc = options.rccm3Rate();
    this.minLength = SrtpLayout.minRtpLength(profile, mkiLength);
  }

  public SrtpProfile profile() {
    return profile;
  }

  /**
   * Unprotects the SRTP packet in {@code packet} in place. On {@code OK} the buffer holds the plain RTP packet
   * (shorter by tag, MKI and any ROC field); on any other status nothing changed.
   */
  public UnprotectStatus unprotect(PacketBuffer packet) {
    byte[] b = packet.array();
    int off = packet.offset();
    int len = packet.length();
    if (len < minLength) {
      return UnprotectStatus.MALFORMED;
    }
    int seq = RtpHeader.sequenceNumber(b, off);
    // RFC 4771 §3.3 (RCCm3): packets with SEQ mod R = 0 end with the sender's ROC
    long carriedRoc = -1;
    int end = len;
    if (rcc > 0 && seq % rcc == 0) {
      end -= 4;
      if (end < minLength) {
        return UnprotectStatus.MALFORMED;
      }
      carriedRoc = RtpHeader.readInt(b, off + end) & 0xFFFF_FFFFL;
    }
    int hl = RtpHeader.length(b, off, end - profile.tagOctets() - mkiLength);
    if (hl < 0) {
      return UnprotectStatus.MALFORMED;
    }
    // 1. RFC 3711 §3.3 step 1: the MKI selects the master key
    PacketCrypto crypto = keys.select(b, off + SrtpLayout.rtpMkiOffset(profile, end, mkiLength));
    if (crypto == null) {
      return UnprotectStatus.UNKNOWN_KEY;
    }
    // 2. RFC 3711 §3.3.1: the packet index
    int ssrc = RtpHeader.ssrc(b, off);
    ReplayWindow window = streams.find(ssrc);
    long index = carriedRoc >= 0 ? carriedRoc << 16 | seq
        : SrtpIndex.estimate(window == null ? -1 : window.highest(), initialRoc, seq);
    if (!SrtpIndex.isValid(index)) {
      return UnprotectStatus.TOO_OLD;
    }
    // 3. RFC 3711 §3.3.2: replay list, checked but not yet updated
    if (window != null) {
      UnprotectStatus seen = window.status(index);
      if (!seen.isOk()) {
        return seen;
      }
    }
    // 4-5. RFC 3711 §3.3 steps 5-6, RFC 7714 §8.2: verify the tag, then decrypt
    int plain = crypto.unprotectRtp(b, off, hl, end, ssrc, index);
    if (plain < 0) {
      return UnprotectStatus.AUTH_FAILED;
    }
    // 6. RFC 3711 §3.3 step 7: only an authenticated packet moves ROC, s_l and the window
    if (window == null) {
      window = streams.add(ssrc);
    }
    window.accept(index);
    packet.setLength(plain);
    return UnprotectStatus.OK;
  }

  /** Unprotects a copy of {@code packet}; see {@link #unprotect(PacketBuffer)}. */
  public UnprotectResult unprotect(Bytes packet) {
    return UnprotectResult.onCopy(packet, this::unprotect);
  }

  /** The ROC of {@code ssrc} (RFC 3711 §3.3.1), or the initial ROC before its first authenticated packet. */
  public long roc(int ssrc) {
    ReplayWindow window = streams.find(ssrc);
    return window == null ? initialRoc : window.highest() >>> 16;
  }

  /** The highest authenticated index (ROC || s_l) of {@code ssrc}, or -1 before its first packet. */
  public long highestIndex(int ssrc) {
    ReplayWindow window = streams.find(ssrc);
    return window == null ? -1 : window.highest();
  }

  /** Wipes the session keys. */
  @Override
  public void close() {
    keys.close();
  }

  @Override
  public String toString() {
    return "SrtpReceiver[" + profile + ", " + keys.size() + " keys, " + streams.size() + " streams]";
  }
}
