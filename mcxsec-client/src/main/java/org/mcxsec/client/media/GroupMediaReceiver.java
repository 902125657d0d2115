// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.client.media;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.mcxsec.client.GmkEntry;
import org.mcxsec.client.GmkTable;

/**
 * Receives the media of one call (TS 33.180 §7.4.2): reads the MKI (GMK-ID ‖ GUK-ID) of each packet, finds the
 * GMK by GMK-ID (so a GMK rollover mid-call just works), checks that this GMK belongs to the call's key group,
 * derives that sender's keys once, and unprotects.
 *
 * <p>Thread safety: confine to the receive thread.
 */
public final class GroupMediaReceiver implements AutoCloseable {
  /** Most sender streams kept per call. */
  public static final int MAX_SENDERS = 1024;
  private final GmkTable gmks;
  private final String keyGroup;
  private final MediaProtection protection;
  private final Map<Long, MediaProtection.Unprotector> byMki = new HashMap<>();
  private int lastGmkId;
  private int plainLength;

  public GroupMediaReceiver(GmkTable gmks, String keyGroup, MediaProtection protection) {
    this.gmks = gmks;
    this.keyGroup = keyGroup;
    this.protection = protection;
  }

  /** Unprotects {@code buf[off, off+len)} in place. */
  public MediaStatus receive(byte[] buf, int off, int len) {
    if (len < 12 + GroupMediaKeys.MKI_OCTETS) {
      return MediaStatus.MALFORMED;
    }
    int m = off + protection.mkiOffset(len, GroupMediaKeys.MKI_OCTETS);
    int gmkId = readInt(buf, m);
    int gukId = readInt(buf, m + 4);
    long mki = (long) gmkId << 32 | (gukId & 0xFFFF_FFFFL);
    MediaProtection.Unprotector u = byMki.get(mki);
    if (u == null) {
      Optional<GmkEntry> e = gmks.byGmkId(gmkId);
      if (e.isEmpty() || e.get().revoked() || !e.get().groupIds().contains(keyGroup)
          || byMki.size() >= MAX_SENDERS) {
        return MediaStatus.UNKNOWN_KEY;
      }
      try (MediaKey k = GroupMediaKeys.derive(e.get(), gukId)) {
        u = protection.unprotector(k);
      }
      byMki.put(mki, u);
    } else if (gmks.byGmkId(gmkId).map(GmkEntry::revoked).orElse(true)) {
      return MediaStatus.UNKNOWN_KEY;
    }
    MediaStatus s = u.unprotect(buf, off, len);
    if (s == MediaStatus.OK) {
      lastGmkId = gmkId;
      plainLength = u.plainLength();
    }
    return s;
  }

  /** GMK-ID of the last packet that was OK. */
  public int lastGmkId() {
    return lastGmkId;
  }

  public int plainLength() {
    return plainLength;
  }

  private static int readInt(byte[] b, int o) {
    return (b[o] & 0xFF) << 24 | (b[o + 1] & 0xFF) << 16 | (b[o + 2] & 0xFF) << 8 | (b[o + 3] & 0xFF);
  }

  @Override
  public void close() {
    byMki.values().forEach(MediaProtection.Unprotector::close);
    byMki.clear();
  }
}
