// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey;

import java.util.Optional;

/**
 * The kind of key an I_MESSAGE carries: the purpose tag in the 4 most significant bits of every key ID (TS 33.180
 * §5.2.2, §7.4.1; TS 36.579-1 Table 5.5.9.1-1), also the Key Type IE of the key parameters (E.6.11). Values 0–2 are
 * confirmed by spec text, 3–6 by shipping implementations.
 */
public enum KeyType {
  /** Group master key; end-point diversity applies (CSB ID = GUK-ID). */
  GMK(0),
  /** Private call key. */
  PCK(1),
  /** Client-server key. */
  CSK(2),
  /** Signalling protection key. */
  SPK(3),
  /** Multicast key for floor control. */
  MKFC(4),
  /** MBMS subchannel control key. */
  MSCCK(5),
  /** Multicast signalling key. */
  MUSIK(6);

  private final int purposeTag;

  KeyType(int purposeTag) {
    this.purposeTag = purposeTag;
  }

  /** The 4-bit purpose tag, also the Key Type IE value. */
  public int purposeTag() {
    return purposeTag;
  }

  /** The key type with purpose tag {@code tag}, if one is defined (7–15 are not). */
  public static Optional<KeyType> find(int tag) {
    for (KeyType t : values()) {
      if (t.purposeTag == tag) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /** The purpose tag of a 32-bit key ID: its 4 most significant bits. */
  public static int purposeTagOf(int keyId) {
    return keyId >>> 28;
  }

  /** A key ID of this type: the purpose tag followed by the 28 low bits of {@code random}. */
  public int keyId(int random) {
    return purposeTag << 28 | (random & 0x0FFF_FFFF);
  }
}
