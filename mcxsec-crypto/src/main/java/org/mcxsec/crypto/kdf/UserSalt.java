// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto.kdf;

import java.nio.charset.StandardCharsets;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.InsecureSecretAccess;
import org.mcxsec.crypto.SecretBytes;

/**
 * End-point diversity for group keys (TS 33.180 §5.2.3, F.1.3): the 28-bit user salt
 * {@code KDF(GMK, FC = 0x50, P0 = the member's MC service user ID)} and {@code GUK-ID = GMK-ID XOR salt}.
 *
 * <p>L0 is the real length of the URI (the spec's "0x00 0x17" is an example value). The XOR touches only the
 * 28 low bits, so the purpose tag in the 4 high bits survives. IDs are unsigned 32-bit values held in an
 * {@code int}.
 *
 * <p>Thread safety: stateless.
 */
public final class UserSalt {
  /** FC of the user-salt derivation (TS 33.180 F.1.3). */
  public static final int FC = 0x50;
  /** The 28 low bits that carry the random part of a key ID. */
  public static final int SALT_MASK = 0x0FFF_FFFF;

  private UserSalt() {}

  /** The 28-bit user salt of {@code userUri} for {@code gmk}. */
  public static int of(SecretBytes gmk, String userUri) {
    try (SecretBytes out = Ts33220Kdf.derive(gmk, FC, Bytes.copyOf(userUri.getBytes(StandardCharsets.UTF_8)))) {
      byte[] o = out.toByteArray(InsecureSecretAccess.get());
      int salt = ((o[28] & 0xff) << 24 | (o[29] & 0xff) << 16 | (o[30] & 0xff) << 8 | (o[31] & 0xff)) & SALT_MASK;
      java.util.Arrays.fill(o, (byte) 0);
      return salt;
    }
  }

  /** {@code GUK-ID = GMK-ID XOR user salt} for the member {@code userUri} (sender side). */
  public static int gukId(int gmkId, SecretBytes gmk, String userUri) {
    return gmkId ^ of(gmk, userUri);
  }

  /** {@code GMK-ID = GUK-ID XOR user salt}, recovered by the member {@code userUri} (receiver side). */
  public static int gmkId(int gukId, SecretBytes gmk, String userUri) {
    return gukId ^ of(gmk, userUri);
  }
}
