// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.srtp;

/**
 * Settings of an SRTP/SRTCP context beyond its key. Key derivation rate is always 0 (TS 33.180 §7.5).
 *
 * @param replayWindow replay window size in packets (RFC 3711 §3.3.2 asks for at least 64; here 128 to 32768,
 *     a multiple of 64)
 * @param initialRoc ROC of a stream's first packet, 0 to 2^32-1 (RFC 3711 §3.3.1); a late joiner may learn it from
 *     RCCm3 instead
 * @param rccm3Rate R of RFC 4771 mode RCCm3: every SRTP packet with {@code SEQ mod R = 0} carries the sender's ROC
 *     in 4 octets after the MKI; 0 disables it. TS 33.180 §7.5 defaults to R = 1 for group media; AEAD only
 * @param firstSrtcpIndex SRTCP index of a sender's first SRTCP packet, 0 to 2^31-1 (RFC 3711 §3.4 says 0;
 *     libsrtp starts at 1)
 * @param encryptRtcp whether a sender sets the E flag and encrypts SRTCP (RFC 3711 §3.4); receivers accept both
 * @param maxStreams most SSRCs one context keeps state for (a receiver adds one only after a packet authenticates)
 */
public record SrtpOptions(int replayWindow, long initialRoc, int rccm3Rate, long firstSrtcpIndex,
    boolean encryptRtcp, int maxStreams) {
  private static final SrtpOptions DEFAULTS = new SrtpOptions(128, 0, 0, 0, true, 256);

  public SrtpOptions {
    if (replayWindow < 128 || replayWindow > 32_768 || replayWindow % 64 != 0) {
      throw new IllegalArgumentException("replay window " + replayWindow
          + " is not a multiple of 64 in [128, 32768]");
    }
    if (initialRoc < 0 || initialRoc > 0xFFFF_FFFFL) {
      throw new IllegalArgumentException("initial ROC " + initialRoc + " is outside [0, 2^32-1]");
    }
    if (rccm3Rate < 0 || rccm3Rate > 0xFFFF) {
      throw new IllegalArgumentException("RCCm3 rate " + rccm3Rate + " is outside [0, 65535]");
    }
    if (firstSrtcpIndex < 0 || firstSrtcpIndex > 0x7FFF_FFFFL) {
      throw new IllegalArgumentException("first SRTCP index " + firstSrtcpIndex + " is outside [0, 2^31-1]");
    }
    if (maxStreams < 1 || maxStreams > 65_536) {
      throw new IllegalArgumentException("max streams " + maxStreams + " is outside [1, 65536]");
    }
  }

  /** Window 128, ROC 0, no RCC, first SRTCP index 0, encrypted SRTCP, up to 256 streams. */
  public static SrtpOptions defaults() {
    return DEFAULTS;
  }

  public SrtpOptions withReplayWindow(int packets) {
    return new SrtpOptions(packets, initialRoc, rccm3Rate, firstSrtcpIndex, encryptRtcp, maxStreams);
  }

  public SrtpOptions withInitialRoc(long roc) {
    return new SrtpOptions(replayWindow, roc, rccm3Rate, firstSrtcpIndex, encryptRtcp, maxStreams);
  }

  /** RFC 4771 RCCm3 with rate {@code r} (1 = the ROC in every packet, the TS 33.180 default); 0 disables. */
  public SrtpOptions withRccm3(int r) {
    return new SrtpOptions(replayWindow, initialRoc, r, firstSrtcpIndex, encryptRtcp, maxStreams);
  }

  public SrtpOptions withFirstSrtcpIndex(long index) {
    return new SrtpOptions(replayWindow, initialRoc, rccm3Rate, index, encryptRtcp, maxStreams);
  }

  public SrtpOptions withEncryptRtcp(boolean encrypt) {
    return new SrtpOptions(replayWindow, initialRoc, rccm3Rate, firstSrtcpIndex, encrypt, maxStreams);
  }

  public SrtpOptions withMaxStreams(int streams) {
    return new SrtpOptions(replayWindow, initialRoc, rccm3Rate, firstSrtcpIndex, encryptRtcp, streams);
  }
}
