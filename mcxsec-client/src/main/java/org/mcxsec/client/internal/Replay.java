// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.client.internal;

import org.mcxsec.client.media.MediaStatus;

/**
 * Index estimation and a 64-packet replay window for {@link InterimGcmProtection} (RFC 3711 §3.3.1, §3.3.2).
 * Not thread-safe.
 */
final class Replay {
  private long highest = -1;
  private long window;

  /** RFC 3711 §3.3.1 / Appendix A: the index closest to the highest seen. */
  static long estimate(long highest, int seq) {
    long roc = highest >>> 16;
    int sl = (int) highest & 0xFFFF;
    long v;
    if (sl < 32768) {
      v = seq - sl > 32768 ? roc - 1 : roc;
    } else {
      v = sl - 32768 > seq ? roc + 1 : roc;
    }
    return v < 0 ? seq : v << 16 | seq;
  }

  long estimate(int seq) {
    return highest < 0 ? seq : estimate(highest, seq);
  }

  MediaStatus check(long index) {
    if (highest < 0 || index > highest) {
      return MediaStatus.OK;
    }
    long delta = highest - index;
    if (delta >= 64) {
      return MediaStatus.TOO_OLD;
    }
    return (window >>> delta & 1) != 0 ? MediaStatus.REPLAYED : MediaStatus.OK;
  }

  void accept(long index) {
    if (highest < 0) {
      highest = index;
      window = 1;
    } else if (index > highest) {
      long shift = index - highest;
      window = shift >= 64 ? 1 : window << shift | 1;
      highest = index;
    } else {
      window |= 1L << (highest - index);
    }
  }
}
