// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.srtp.internal;

import org.mcxsec.srtp.SrtpProfile;

/**
 * Where the trailer fields of a protected packet sit, counted back from its end (RFC 3711 §3.1, §3.4;
 * RFC 7714 §8.2, §9.2; libsrtp's placement of the MKI after an AEAD tag):
 *
 * <pre>
 *   AES-CM SRTP:  header | payload    | MKI | tag(10)                   [| ROC(4) with RCCm3]
 *   GCM SRTP:     header | ciphertext | tag(16) | MKI                   [| ROC(4) with RCCm3]
 *   AES-CM SRTCP: header(8) | rest    | E|index(4) | MKI | tag(10)
 *   GCM SRTCP:    header(8) | rest    | tag(16) | E|index(4) | MKI
 * </pre>
 *
 * Offsets are relative to the packet start; {@code len} excludes any RCCm3 field.
 */
public final class SrtpLayout {
  private SrtpLayout() {}

  /** Offset of the MKI in an SRTP packet of length {@code len}. */
  public static int rtpMkiOffset(SrtpProfile profile, int len, int mkiLength) {
    return profile.isAead() ? len - mkiLength : len - profile.tagOctets() - mkiLength;
  }

  /** Offset of the MKI in an SRTCP packet of length {@code len}. */
  public static int rtcpMkiOffset(SrtpProfile profile, int len, int mkiLength) {
    return profile.isAead() ? len - mkiLength : len - profile.tagOctets() - mkiLength;
  }

  /** Offset of the {@code E || SRTCP index} word in an SRTCP packet of length {@code len}. */
  public static int rtcpIndexOffset(SrtpProfile profile, int len, int mkiLength) {
    return rtcpMkiOffset(profile, len, mkiLength) - 4;
  }

  /** Smallest protected SRTP packet: a 12-octet header, tag and MKI. */
  public static int minRtpLength(SrtpProfile profile, int mkiLength) {
    return 12 + profile.tagOctets() + mkiLength;
  }

  /** Smallest protected SRTCP packet: an 8-octet header, tag, E || index and MKI. */
  public static int minRtcpLength(SrtpProfile profile, int mkiLength) {
    return 8 + profile.tagOctets() + 4 + mkiLength;
  }
}
