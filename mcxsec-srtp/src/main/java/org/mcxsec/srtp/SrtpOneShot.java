// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.srtp;

import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.MalformedMessageException;
import org.mcxsec.crypto.PolicyException;
import org.mcxsec.crypto.SecretBytes;

/**
 * Protects or unprotects one packet with a fresh context: for tools and tests, not for media paths (each call
 * derives session keys).
 *
 * <p>Thread safety: stateless.
 */
public final class SrtpOneShot {
  private SrtpOneShot() {}

  /**
   * Protects one RTP packet with ROC {@code rocOrIndex}, or one RTCP packet ({@code rtcp}) with SRTCP index
   * {@code rocOrIndex} and E = 1.
   *
   * @throws MalformedMessageException if the packet is not RTP/RTCP version 2 with a complete header
   * @throws IllegalArgumentException if a key, salt or MKI length does not fit the profile, or the ROC
   *     (0..2^32-1) or SRTCP index (0..2^31-1) is out of range
   */
  public static Bytes protect(SrtpProfile profile, SecretBytes masterKey, SecretBytes masterSalt, Bytes mki,
      long rocOrIndex, Bytes packet, boolean rtcp) throws MalformedMessageException {
    SrtpOptions options = rtcp ? SrtpOptions.defaults().withFirstSrtcpIndex(rocOrIndex)
        : SrtpOptions.defaults().withInitialRoc(rocOrIndex);
    try (SrtpMasterKey key = SrtpMasterKey.of(profile, masterKey, masterSalt, mki)) {
      return protect(key, options, packet, rtcp);
    }
  }

  /** Protects one packet with {@code options} (initial ROC, first SRTCP index, E flag, RCCm3). */
  public static Bytes protect(SrtpMasterKey key, SrtpOptions options, Bytes packet, boolean rtcp)
      throws MalformedMessageException {
    try {
      if (rtcp) {
        try (SrtcpSender sender = new SrtcpSender(key, options)) {
          return sender.protect(packet);
        }
      }
      try (SrtpSender sender = new SrtpSender(key, options)) {
        return sender.protect(packet);
      }
    } catch (PolicyException e) {
      throw new IllegalStateException("a fresh sender refused its first packet", e);   // no prior index exists
    }
  }

  /**
   * Unprotects one SRTP packet whose ROC is {@code roc}, or one SRTCP packet ({@code rtcp}; the index travels in
   * the packet and {@code roc} is ignored).
   *
   * @throws IllegalArgumentException if a key, salt or MKI length does not fit the profile or the ROC is out of
   *     range
   */
  public static UnprotectResult unprotect(SrtpProfile profile, SecretBytes masterKey, SecretBytes masterSalt,
      Bytes mki, long roc, Bytes packet, boolean rtcp) {
    try (SrtpMasterKey key = SrtpMasterKey.of(profile, masterKey, masterSalt, mki)) {
      return unprotect(key, SrtpOptions.defaults().withInitialRoc(roc), packet, rtcp);
    }
  }

  /** Unprotects one packet with {@code options}. */
  public static UnprotectResult unprotect(SrtpMasterKey key, SrtpOptions options, Bytes packet, boolean rtcp) {
    if (rtcp) {
      try (SrtcpReceiver receiver = new SrtcpReceiver(key, options)) {
        return receiver.unprotect(packet);
      }
    }
    try (SrtpReceiver receiver = new SrtpReceiver(key, options)) {
      return receiver.unprotect(packet);
    }
  }
}
