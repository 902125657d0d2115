// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.srtp;

import java.util.List;
import java.util.Objects;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.srtp.internal.MasterKeyTable;
import org.mcxsec.srtp.internal.PacketCrypto;
import org.mcxsec.srtp.internal.ReplayWindow;
import org.mcxsec.srtp.internal.RtpHeader;
import org.mcxsec.srtp.internal.SrtpLayout;
import org.mcxsec.srtp.internal.StreamTable;

/**
 * Receiving side of SRTCP (RFC 3711 §3.4; RFC 7714 §9.3): finds the master key by MKI, checks the explicit SRTCP
 * index against the SSRC's replay window, verifies and (if E = 1) decrypts in place. Both E = 1 and E = 0 packets
 * are accepted. Nothing changes unless the status is {@code OK}.
 *
 * <p>Security: holds session keys; {@link #close()} wipes them. Thread safety: not thread-safe.
 */
public final class SrtcpReceiver implements AutoCloseable {
  private final SrtpProfile profile;
  private final int mkiLength;
  private final MasterKeyTable keys;
  private final StreamTable streams;
  private final int minLength;

  public SrtcpReceiver(SrtpMasterKey key) {
    this(List.of(key), SrtpOptions.defaults());
  }

  public SrtcpReceiver(SrtpMasterKey key, SrtpOptions options) {
    this(List.of(key), options);
  }

  /**
   * A receiver for several master keys of one profile, selected by MKI.
   *
   * @throws IllegalArgumentException if the keys are empty, mix profiles or MKI lengths, or repeat an MKI
   */
  public SrtcpReceiver(List<SrtpMasterKey> keys, SrtpOptions options) {
    Objects.requireNonNull(options, "options");
    this.keys = new MasterKeyTable(keys, true);
    this.profile = this.keys.profile();
    this.mkiLength = this.keys.mkiLength();
    this.streams = new StreamTable(options.replayWindow(), options.maxStreams());
    this.minLength = SrtpLayout.minRtcpLength(profile, mkiLength);
  }

  public SrtpProfile profile() {
    return profile;
  }

  /** Unprotects the SRTCP packet in {@code packet} in place; on {@code OK} it holds the plain compound packet. */
  public UnprotectStatus unprotect(PacketBuffer packet) {
    byte[] b = packet.array();
    int off = packet.offset();
    int len = packet.length();
    if (len < minLength || !RtpHeader.isRtcpVersion2(b, off)) {
      return UnprotectStatus.MALFORMED;
    }
    // 1. RFC 3711 §3.4 / §3.3 step 1: the MKI selects the master key
    PacketCrypto crypto = keys.select(b, off + SrtpLayout.rtcpMkiOffset(profile, len, mkiLength));
    if (crypto == null) {
      return UnprotectStatus.UNKNOWN_KEY;
    }
    // 2. the explicit E || SRTCP index, checked against the replay list (RFC 3711 §3.3.2)
    int eIndex = RtpHeader.readInt(b, off + SrtpLayout.rtcpIndexOffset(profile, len, mkiLength));
    long index = eIndex & 0x7FFF_FFFFL;
    int ssrc = RtpHeader.readInt(b, off + 4);
    ReplayWindow window = streams.find(ssrc);
    if (window != null) {
      UnprotectStatus seen = window.status(index);
      if (!seen.isOk()) {
        return seen;
      }
    }
    // 3. verify, then decrypt if E = 1
    int plain = crypto.unprotectRtcp(b, off, len, ssrc, eIndex);
    if (plain < 0) {
      return UnprotectStatus.AUTH_FAILED;
    }
    // 4. only an authenticated packet moves the window
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

  /** The highest authenticated SRTCP index of {@code ssrc}, or -1 before its first packet. */
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
    return "SrtcpReceiver[" + profile + ", " + keys.size() + " keys, " + streams.size() + " streams]";
  }
}
