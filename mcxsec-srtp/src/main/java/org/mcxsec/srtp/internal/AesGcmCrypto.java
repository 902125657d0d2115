// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.srtp.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * {@code AEAD_AES_128_GCM} for SRTP (RFC 7714 §8) and SRTCP (§9). The MKI follows the tag, outside the AEAD, as
 * libsrtp places it.
 *
 * <pre>
 *   SRTP IV  (RFC 7714 §8.1):
 *     0  0  | SSRC (4)  | ROC (4)            | SEQ (2)      XOR  session salt (12)
 *   SRTCP IV (RFC 7714 §9.1):
 *     0  0  | SSRC (4)  | 0  0 | 0 + SRTCP index (31 bits)   XOR  session salt (12)
 *
 *   SRTP:  header (AAD) | ciphertext | tag (16) | [MKI]
 *   SRTCP: header (8)   | ciphertext | tag (16) | E|index (4) | [MKI]       AAD = header | E|index
 *          E = 0: the whole compound packet and E|index are AAD; nothing is encrypted
 * </pre>
 */
final class AesGcmCrypto extends PacketCrypto {
  private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
  private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
  private static final int TAG = AesGcm.TAG_OCTETS;

  private final AesGcm gcm;
  private final long saltHigh;
  private final int saltLow;

  AesGcmCrypto(byte[] encKey, byte[] salt, byte[] mki) {
    super(mki);
    gcm = new AesGcm(encKey);
    saltHigh = (long) LONG.get(salt, 0);
    saltLow = (int) INT.get(salt, 8);
  }

  @Override
  public int rtpOverhead() {
    return TAG + mki.length;
  }

  @Override
  public int protectRtp(byte[] b, int off, int hl, int len, int ssrc, long index) {
    // index = ROC || SEQ (48 bits): its top 16 bits are IV octets 6..7, its low 32 bits octets 8..11
    long ivHigh = saltHigh ^ ((ssrc & 0xFFFF_FFFFL) << 16 | index >>> 32);
    int ivLow = saltLow ^ (int) index;
    gcm.seal(ivHigh, ivLow, b, off, hl, false, 0, off + hl, len - hl, off + len);
    System.arraycopy(mki, 0, b, off + len + TAG, mki.length);
    return len + TAG + mki.length;
  }

  @Override
  public int unprotectRtp(byte[] b, int off, int hl, int len, int ssrc, long index) {
    int tagOff = len - mki.length - TAG;
    long ivHigh = saltHigh ^ ((ssrc & 0xFFFF_FFFFL) << 16 | index >>> 32);
    int ivLow = saltLow ^ (int) index;
    return gcm.open(ivHigh, ivLow, b, off, hl, false, 0, off + hl, tagOff - hl, off + tagOff) ? tagOff : -1;
  }

  @Override
  public int protectRtcp(byte[] b, int off, int len, int ssrc, int eIndex) {
    long ivHigh = saltHigh ^ (ssrc & 0xFFFF_FFFFL) << 16;
    int ivLow = saltLow ^ (eIndex & 0x7FFF_FFFF);
    if (eIndex < 0) {
      gcm.seal(ivHigh, ivLow, b, off, 8, true, eIndex, off + 8, len - 8, off + len);
    } else {
      gcm.seal(ivHigh, ivLow, b, off, len, true, eIndex, off + len, 0, off + len);
    }
    INT.set(b, off + len + TAG, eIndex);
    System.arraycopy(mki, 0, b, off + len + TAG + 4, mki.length);
    return len + TAG + 4 + mki.length;
  }

  @Override
  public int unprotectRtcp(byte[] b, int off, int len, int ssrc, int eIndex) {
    int tagOff = len - mki.length - 4 - TAG;
    long ivHigh = saltHigh ^ (ssrc & 0xFFFF_FFFFL) << 16;
    int ivLow = saltLow ^ (eIndex & 0x7FFF_FFFF);
    boolean ok = eIndex < 0
        ? gcm.open(ivHigh, ivLow, b, off, 8, true, eIndex, off + 8, tagOff - 8, off + tagOff)
        : gcm.open(ivHigh, ivLow, b, off, tagOff, true, eIndex, off + tagOff, 0, off + tagOff);
    return ok ? tagOff : -1;
  }

  @Override
  public void close() {
    gcm.destroy();
  }
}
