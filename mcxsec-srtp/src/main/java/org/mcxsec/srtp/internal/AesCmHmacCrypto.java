// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.srtp.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * {@code AES_CM_128_HMAC_SHA1_80}: AES-CM encryption (RFC 3711 §4.1.1) and an 80-bit HMAC-SHA1 tag (§4.2.1).
 *
 * <pre>
 *   IV = (k_s * 2^16) XOR (SSRC * 2^64) XOR (i * 2^16)          i = SRTP index, or the SRTCP index
 *
 *   SRTP:  header | encrypted payload | [MKI] | tag(10)     tag = HMAC(k_a, header | payload | ROC)
 *   SRTCP: header(8) | encrypted rest | E|index(4) | [MKI] | tag(10)
 *                                                            tag = HMAC(k_a, header | rest | E|index)
 * </pre>
 */
final class AesCmHmacCrypto extends PacketCrypto {
  static final int TAG_OCTETS = 10;
  private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
  private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);

  private final AesCm cipher;
  private final HmacSha1 mac;
  private final long saltHigh;
  private final long saltLow;
  private final byte[] expectedTag = new byte[TAG_OCTETS];
  private final byte[] receivedTag = new byte[TAG_OCTETS];

  AesCmHmacCrypto(byte[] encKey, byte[] salt, byte[] authKey, byte[] mki) {
    super(mki);
    cipher = new AesCm(encKey);
    mac = new HmacSha1(authKey);
    byte[] s = Arrays.copyOf(salt, 16);              // k_s * 2^16: the salt fills octets 0..13
    saltHigh = (long) LONG.get(s, 0);
    saltLow = (long) LONG.get(s, 8);
    Arrays.fill(s, (byte) 0);
  }

  @Override
  public int rtpOverhead() {
    return mki.length + TAG_OCTETS;
  }

  @Override
  public int protectRtp(byte[] b, int off, int hl, int len, int ssrc, long index) {
    cipher.crypt(saltHigh ^ (ssrc & 0xFFFF_FFFFL), saltLow ^ (index << 16), b, off + hl, len - hl);
    System.arraycopy(mki, 0, b, off + len, mki.length);
    mac.update(b, off, len);
    mac.updateInt((int) (index >>> 16));             // RFC 3711 §4.2: the ROC is authenticated, not sent
    mac.finish(b, off + len + mki.length, TAG_OCTETS);
    return len + mki.length + TAG_OCTETS;
  }

  @Override
  public int unprotectRtp(byte[] b, int off, int hl, int len, int ssrc, long index) {
    int end = len - TAG_OCTETS - mki.length;
    mac.update(b, off, end);
    mac.updateInt((int) (index >>> 16));
    if (!tagMatches(b, off + len - TAG_OCTETS)) {
      return -1;
    }
    cipher.crypt(saltHigh ^ (ssrc & 0xFFFF_FFFFL), saltLow ^ (index << 16), b, off + hl, end - hl);
    return end;
  }

  @Override
  public int protectRtcp(byte[] b, int off, int len, int ssrc, int eIndex) {
    if (eIndex < 0) {                                 // E flag set: encrypt everything after the first 8 octets
      cipher.crypt(saltHigh ^ (ssrc & 0xFFFF_FFFFL), saltLow ^ ((eIndex & 0x7FFF_FFFFL) << 16), b, off + 8, len - 8);
    }
    INT.set(b, off + len, eIndex);
    System.arraycopy(mki, 0, b, off + len + 4, mki.length);
    mac.update(b, off, len + 4);
    mac.finish(b, off + len + 4 + mki.length, TAG_OCTETS);
    return len + 4 + mki.length + TAG_OCTETS;
  }

  @Override
  public int unprotectRtcp(byte[] b, int off, int len, int ssrc, int eIndex) {
    int end = len - TAG_OCTETS - mki.length - 4;
    mac.update(b, off, end + 4);
    if (!tagMatches(b, off + len - TAG_OCTETS)) {
      return -1;
    }
    if (eIndex < 0) {
      cipher.crypt(saltHigh ^ (ssrc & 0xFFFF_FFFFL), saltLow ^ ((eIndex & 0x7FFF_FFFFL) << 16), b, off + 8, end - 8);
    }
    return end;
  }

  private boolean tagMatches(byte[] b, int tagOff) {
    mac.finish(expectedTag, 0, TAG_OCTETS);
    System.arraycopy(b, tagOff, receivedTag, 0, TAG_OCTETS);
    return MessageDigest.isEqual(expectedTag, receivedTag);
  }

  @Override
  public void close() {
    cipher.destroy();
    mac.destroy();
    Arrays.fill(expectedTag, (byte) 0);
  }
}
