// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.client.media;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.mcxsec.client.GmkEntry;
import org.mcxsec.client.GmkTable;
import org.mcxsec.srtp.SrtpMasterKey;

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
  private final Map<Long, MediaProtection.Unprotector> byMki = new LinkedHashMap<>();
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
    boolean fresh = false;
    if (u == null) {
      Optional<GmkEntry> e = gmks.byGmkId(gmkId);
      // F.1.3 XORs only the 28 low bits: a GUK-ID with another purpose tag cannot belong to this GMK
      if (e.isEmpty() || e.get().revoked() || !e.get().groupIds().contains(keyGroup)
          || (gmkId >>> 28) != (gukId >>> 28)) {
        return MediaStatus.UNKNOWN_KEY;
      }
      try (SrtpMasterKey k = GroupMediaKeys.derive(e.get(), gukId)) {
        u = protection.unprotector(k);
      }
      fresh = true;
    } else if (gmks.byGmkId(gmkId).map(GmkEntry::revoked).orElse(true)) {
      return MediaStatus.UNKNOWN_KEY;
    }
    MediaStatus s = u.unprotect(buf, off, len);
    if (s == MediaStatus.OK) {
      lastGmkId = gmkId;
      plainLength = u.plainLength();
      // a sender's context is kept only once a packet authenticated: forged MKIs leave nothing behind
      if (fresh) {
        if (byMki.size() >= MAX_SENDERS) {
          byMki.values().iterator().next().close();
          byMki.remove(byMki.keySet().iterator().next());
        }
        byMki.put(mki, u);
      }
    } else if (fresh) {
      u.close();
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
