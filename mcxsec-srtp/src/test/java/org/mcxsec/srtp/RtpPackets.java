// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.srtp;

import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.InsecureSecretAccess;
import org.mcxsec.crypto.SecretBytes;

/** Plain RTP/RTCP packets and keys for round-trip tests (RFC 3550 layouts). */
final class RtpPackets {
  static final int SSRC = 0x1234_5678;

  private RtpPackets() {}

  /** An RTP packet with {@code payload} octets of payload and no CSRC, extension or padding. */
  static Bytes rtp(int seq, int payload) {
    return rtp(seq, SSRC, payload, 0, false, 0);
  }

  /** An RTP packet with CSRCs, an optional 2-word header extension and RTP padding. */
  static Bytes rtp(int seq, int ssrc, int payload, int csrcs, boolean extension, int padding) {
    int hl = 12 + 4 * csrcs + (extension ? 12 : 0);
    byte[] p = new byte[hl + payload + padding];
    p[0] = (byte) (0x80 | (padding > 0 ? 0x20 : 0) | (extension ? 0x10 : 0) | csrcs);
    p[1] = 96;
    p[2] = (byte) (seq >>> 8);
    p[3] = (byte) seq;
    p[4] = (byte) (seq * 160 >>> 24);
    p[7] = (byte) (seq * 160);
    p[8] = (byte) (ssrc >>> 24);
    p[9] = (byte) (ssrc >>> 16);
    p[10] = (byte) (ssrc >>> 8);
    p[11] = (byte) ssrc;
    for (int i = 0; i < csrcs; i++) {
      p[12 + 4 * i + 3] = (byte) (i + 1);
    }
    if (extension) {
      int e = 12 + 4 * csrcs;
      p[e] = (byte) 0xBE;
      p[e + 1] = (byte) 0xDE;
      p[e + 3] = 2;
      p[e + 4] = 0x10;
      p[e + 5] = 0x7f;
    }
    for (int i = 0; i < payload; i++) {
      p[hl + i] = (byte) (seq + i * 13);
    }
    if (padding > 0) {
      p[p.length - 1] = (byte) padding;
    }
    return Bytes.copyOf(p);
  }

  /** A sender report of {@code words} 32-bit words after the 8-octet header. */
  static Bytes rtcp(int ssrc, int words) {
    byte[] p = new byte[8 + 4 * words];
    p[0] = (byte) 0x80;
    p[1] = (byte) 200;
    p[3] = (byte) (1 + words);
    p[4] = (byte) (ssrc >>> 24);
    p[5] = (byte) (ssrc >>> 16);
    p[6] = (byte) (ssrc >>> 8);
    p[7] = (byte) ssrc;
    for (int i = 8; i < p.length; i++) {
      p[i] = (byte) (i * 7);
    }
    return Bytes.copyOf(p);
  }

  /** A master key with fixed, recognisable key and salt octets. */
  static SrtpMasterKey key(SrtpProfile profile, Bytes mki) {
    byte[] k = new byte[profile.masterKeyOctets()];
    byte[] s = new byte[profile.masterSaltOctets()];
    for (int i = 0; i < k.length; i++) {
      k[i] = (byte) (0x10 + i);
    }
    for (int i = 0; i < s.length; i++) {
      s[i] = (byte) (0xA0 + i);
    }
    return SrtpMasterKey.of(profile, SecretBytes.copyOf(k, InsecureSecretAccess.get()),
        SecretBytes.copyOf(s, InsecureSecretAccess.get()), mki);
  }

  /** An MKI of {@code octets} octets. */
  static Bytes mki(int octets) {
    byte[] m = new byte[octets];
    for (int i = 0; i < octets; i++) {
      m[i] = (byte) (0xC0 + i);
    }
    return Bytes.copyOf(m);
  }
}
