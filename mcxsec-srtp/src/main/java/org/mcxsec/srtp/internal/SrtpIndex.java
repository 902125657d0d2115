// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.srtp.internal;

/**
 * The 48-bit SRTP packet index {@code i = 2^16 * ROC + SEQ} and its estimation from a received sequence number
 * (RFC 3711 §3.3.1 and Appendix A).
 */
public final class SrtpIndex {
  /** Largest valid index: ROC 2^32-1, SEQ 65535. */
  public static final long MAX = 0xFFFF_FFFF_FFFFL;

  private SrtpIndex() {}

  /**
   * The index of a packet with sequence number {@code seq}, given the highest accepted index of its stream (-1
   * for none: then the ROC is {@code initialRoc}). The result is outside [0, {@link #MAX}] when the guess falls
   * before ROC 0 or after ROC 2^32-1; such a packet cannot be valid.
   */
  public static long estimate(long highest, long initialRoc, int seq) {
    if (highest < 0) {
      return initialRoc << 16 | seq;
    }
    long roc = highest >>> 16;
    int sl = (int) highest & 0xFFFF;
    long v;
    // RFC 3711 Appendix A: guess the ROC the sender used, v in {ROC - 1, ROC, ROC + 1}
    if (sl < 0x8000) {
      v = seq - sl > 0x8000 ? roc - 1 : roc;
    } else {
      v = sl - 0x8000 > seq ? roc + 1 : roc;
    }
    return v << 16 | seq;
  }

  /** Whether {@code index} is a valid 48-bit index. */
  public static boolean isValid(long index) {
    return index >= 0 && index <= MAX;
  }
}
