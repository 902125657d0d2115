// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.srtp.internal;

import java.util.Arrays;
import org.mcxsec.srtp.UnprotectStatus;

/**
 * The replay list of one stream (RFC 3711 §3.3.2): the highest accepted index and a sliding bitmask of the
 * {@code size} indices at and below it. {@link #check} never changes anything; only {@link #accept}, called after
 * a packet authenticated, moves the window.
 *
 * <pre>
 *   bit d of the mask = index (highest - d) was accepted,   0 <= d < size
 *   index > highest            new
 *   highest - index >= size    too old
 *   bit (highest - index) set  replayed
 * </pre>
 *
 * <p>For SRTP the highest index also holds the RFC 3711 §3.3.1 state: ROC = highest >>> 16 and s_l = its low 16
 * bits. Thread safety: not thread-safe.
 */
public final class ReplayWindow {
  /** {@link #check} result: not seen and inside or ahead of the window. */
  public static final int FRESH = 0;
  /** {@link #check} result: already accepted. */
  public static final int REPLAYED = 1;
  /** {@link #check} result: behind the window. */
  public static final int TOO_OLD = 2;

  private final long[] mask;
  private final int size;
  private long highest = -1;

  /** An empty window of {@code size} packets (a multiple of 64). */
  public ReplayWindow(int size) {
    if (size < 64 || size % 64 != 0) {
      throw new IllegalArgumentException("replay window " + size + " is not a positive multiple of 64");
    }
    this.size = size;
    this.mask = new long[size / 64];
  }

  /** The highest accepted index, or -1 before the first. */
  public long highest() {
    return highest;
  }

  /** The receiver's status for {@code index}: {@code OK} when fresh, else {@code REPLAYED} or {@code TOO_OLD}. */
  public UnprotectStatus status(long index) {
    int c = check(index);
    return c == FRESH ? UnprotectStatus.OK : c == REPLAYED ? UnprotectStatus.REPLAYED : UnprotectStatus.TOO_OLD;
  }

  /** {@link #FRESH}, {@link #REPLAYED} or {@link #TOO_OLD} for {@code index} (non-negative). */
  public int check(long index) {
    long d = highest - index;
    if (highest < 0 || d < 0) {
      return FRESH;
    }
    if (d >= size) {
      return TOO_OLD;
    }
    return (mask[(int) (d >>> 6)] >>> (d & 63) & 1) != 0 ? REPLAYED : FRESH;
  }

  /** Records {@code index} as accepted; call only after the packet authenticated and {@link #check} was fresh. */
  public void accept(long index) {
    if (highest < 0) {
      highest = index;
      mask[0] = 1;
      return;
    }
    long d = index - highest;
    if (d > 0) {
      shift(d);
      highest = index;
      mask[0] |= 1;
    } else {
      long back = -d;
      mask[(int) (back >>> 6)] |= 1L << (back & 63);
    }
  }

  /** Moves every bit {@code d} positions up (older), dropping those that leave the window. */
  private void shift(long d) {
    if (d >= size) {
      Arrays.fill(mask, 0);
      return;
    }
    int words = (int) (d >>> 6);
    int bits = (int) (d & 63);
    for (int w = mask.length - 1; w >= 0; w--) {
      int src = w - words;
      long v = 0;
      if (src >= 0) {
        v = mask[src] << bits;
        if (bits != 0 && src > 0) {
          v |= mask[src - 1] >>> (64 - bits);
        }
      }
      mask[w] = v;
    }
  }
}
