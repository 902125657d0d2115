// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.srtp;

import java.util.Arrays;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.InsecureSecretAccess;
import org.mcxsec.crypto.MalformedMessageException;
import org.mcxsec.crypto.SecretBytes;
import org.mcxsec.srtp.internal.PacketCrypto;
import org.mcxsec.srtp.internal.RtpHeader;

/**
 * Protects one packet with session keys given directly (no RFC 3711 §4.3 derivation, no MKI), so that published
 * examples stated at session-key level — RFC 7714 §16.1 (SRTP) and §17.1 (SRTCP) — can be reproduced from the
 * command line. For tools and tests, not for media paths.
 *
 * <p>Thread safety: stateless.
 */
public final class SrtpSessionKeyOneShot {
  private SrtpSessionKeyOneShot() {}

  /**
   * Protects one RTP packet with ROC {@code roc}, or one RTCP packet ({@code rtcp}) with SRTCP index
   * {@code rocOrIndex} and E = 1.
   *
   * @param authKey the 20-octet HMAC-SHA1 session key for AES-CM; ignored (may be empty) for AEAD-GCM
   * @throws MalformedMessageException if the packet is not RTP/RTCP version 2 with a complete header
   * @throws IllegalArgumentException if a key length does not fit the profile or the ROC/index is out of range
   */
  public static Bytes protect(SrtpProfile profile, SecretBytes sessionKey, SecretBytes sessionSalt,
      SecretBytes authKey, long rocOrIndex, Bytes packet, boolean rtcp) throws MalformedMessageException {
    InsecureSecretAccess access = InsecureSecretAccess.get();
    byte[] k = sessionKey.toByteArray(access);
    byte[] s = sessionSalt.toByteArray(access);
    byte[] a = authKey.toByteArray(access);
    try (PacketCrypto crypto = PacketCrypto.forSessionKeys(profile, k, s, a)) {
      byte[] p = packet.toByteArray();
      byte[] b = Arrays.copyOf(p, p.length + crypto.rtcpOverhead() + 16);
      int len;
      if (rtcp) {
        if (rocOrIndex < 0 || rocOrIndex > 0x7FFF_FFFFL) {
          throw new IllegalArgumentException("SRTCP index " + rocOrIndex + " is outside [0, 2^31 - 1]");
        }
        if (p.length < 8 || !RtpHeader.isRtcpVersion2(p, 0)) {
          throw new MalformedMessageException("RTCP packet of " + p.length + " octets is not version 2 with an "
              + "8-octet header");
        }
        len = crypto.protectRtcp(b, 0, p.length, RtpHeader.readInt(p, 4), 0x8000_0000 | (int) rocOrIndex);
      } else {
        if (rocOrIndex < 0 || rocOrIndex > 0xFFFF_FFFFL) {
          throw new IllegalArgumentException("ROC " + rocOrIndex + " is outside [0, 2^32 - 1]");
        }
        int hl = RtpHeader.length(p, 0, p.length);
        if (hl < 0) {
          throw new MalformedMessageException(RtpHeader.whyMalformed(p, 0, p.length));
        }
        long index = rocOrIndex << 16 | RtpHeader.sequenceNumber(p, 0);
        len = crypto.protectRtp(b, 0, hl, p.length, RtpHeader.ssrc(p, 0), index);
      }
      return Bytes.copyOf(b, 0, len);
    } finally {
      Arrays.fill(k, (byte) 0);
      Arrays.fill(s, (byte) 0);
      Arrays.fill(a, (byte) 0);
    }
  }
}
