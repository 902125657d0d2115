// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.srtp.internal;

import java.util.Arrays;

/**
 * Per-SSRC replay windows of one context, at most {@code maxStreams} of them; when full, the least recently used
 * stream makes room. A one-entry cache serves the common case of one stream per context without a search.
 *
 * <p>Thread safety: not thread-safe.
 */
public final class StreamTable {
  private final int windowSize;
  private final int maxStreams;
  private int[] ssrcs = new int[2];
  private ReplayWindow[] windows = new ReplayWindow[2];
  private long[] lastUse = new long[2];
  private int size;
  private long clock;
  private int lastSlot = -1;

  public StreamTable(int windowSize, int maxStreams) {
    this.windowSize = windowSize;
    this.maxStreams = maxStreams;
  }

  /** The window of {@code ssrc}, or null if the stream is unknown. Does not create one. */
  public ReplayWindow find(int ssrc) {
    if (lastSlot >= 0 && ssrcs[lastSlot] == ssrc) {
      return windows[lastSlot];
    }
    for (int i = 0; i < size; i++) {
      if (ssrcs[i] == ssrc) {
        if (lastSlot >= 0) {
          lastUse[lastSlot] = ++clock;               // the cached stream was in use until now
        }
        lastSlot = i;
        return windows[i];
      }
    }
    return null;
  }

  /** A new, empty window for {@code ssrc}, which must not be in the table. */
  public ReplayWindow add(int ssrc) {
    int slot;
    if (size < maxStreams) {
      if (size == ssrcs.length) {
        int capacity = Math.min(maxStreams, size * 2);
        ssrcs = Arrays.copyOf(ssrcs, capacity);
        windows = Arrays.copyOf(windows, capacity);
        lastUse = Arrays.copyOf(lastUse, capacity);
      }
      slot = size++;
    } else {
      if (lastSlot >= 0) {
        lastUse[lastSlot] = ++clock;
      }
      slot = 0;
      for (int i = 1; i < size; i++) {
        if (lastUse[i] < lastUse[slot]) {
          slot = i;
        }
      }
    }
    ssrcs[slot] = ssrc;
    windows[slot] = new ReplayWindow(windowSize);
    lastUse[slot] = ++clock;
    lastSlot = slot;
    return windows[slot];
  }

  /** Number of streams held. */
  public int size() {
    return size;
  }
}
