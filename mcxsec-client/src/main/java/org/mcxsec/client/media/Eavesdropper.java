// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.client.media;

import java.util.EnumMap;
import java.util.Map;
import org.mcxsec.client.GmkEntry;
import org.mcxsec.client.GmkTable;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.srtp.SrtpMasterKey;

/**
 * Someone who captured a call's SRTP packets and tries to decrypt them with every GMK it holds: first the way a
 * receiver would (the key named by the MKI's GMK-ID), then each of its GMKs regardless of the GMK-ID, with the
 * sender's GUK-ID from the MKI. Used to show that a user outside a call's key group learns nothing.
 *
 * <p>Thread safety: not thread-safe.
 */
public final class Eavesdropper {
  private final GmkTable keys;
  private final MediaProtection protection;
  private final Map<MediaStatus, Long> outcomes = new EnumMap<>(MediaStatus.class);
  private long attempts;
  private long decrypted;

  public Eavesdropper(GmkTable keys, MediaProtection protection) {
    this.keys = keys;
    this.protection = protection;
  }

  /** Tries to decrypt one captured packet; true if any key worked. */
  public boolean attack(Bytes packet) {
    byte[] b = packet.toByteArray();
    int len = b.length;
    if (len < 12 + GroupMediaKeys.MKI_OCTETS) {
      outcomes.merge(MediaStatus.MALFORMED, 1L, Long::sum);
      return false;
    }
    int m = protection.mkiOffset(len, GroupMediaKeys.MKI_OCTETS);
    int gmkId = (b[m] & 0xFF) << 24 | (b[m + 1] & 0xFF) << 16 | (b[m + 2] & 0xFF) << 8 | (b[m + 3] & 0xFF);
    int gukId = (b[m + 4] & 0xFF) << 24 | (b[m + 5] & 0xFF) << 16 | (b[m + 6] & 0xFF) << 8 | (b[m + 7] & 0xFF);
    attempts++;
    if (keys.byGmkId(gmkId).isEmpty()) {
      outcomes.merge(MediaStatus.UNKNOWN_KEY, 1L, Long::sum);
    }
    for (GmkEntry e : keys.all()) {
      byte[] copy = b.clone();
      // the key this GMK would give the sender, labelled with the packet's own MKI so the tag is really tried
      try (SrtpMasterKey derived = GroupMediaKeys.derive(e, gukId);
          SrtpMasterKey k = SrtpMasterKey.of(derived.profile(), derived.key(), derived.salt(),
              packet.slice(m, m + GroupMediaKeys.MKI_OCTETS));
          MediaProtection.Unprotector u = protection.unprotector(k)) {
        MediaStatus s = u.unprotect(copy, 0, len);
        if (s == MediaStatus.OK) {
          decrypted++;
          return true;
        }
        outcomes.merge(s, 1L, Long::sum);
      }
    }
    return false;
  }

  /** Packets attacked. */
  public long attempts() {
    return attempts;
  }

  /** Packets some held key decrypted (must stay 0 for an outsider). */
  public long decrypted() {
    return decrypted;
  }

  /** Outcome of every key tried, by status. */
  public Map<MediaStatus, Long> outcomes() {
    return Map.copyOf(outcomes);
  }
}
