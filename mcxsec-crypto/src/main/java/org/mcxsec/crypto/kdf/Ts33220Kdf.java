// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto.kdf;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.InsecureSecretAccess;
import org.mcxsec.crypto.SecretBytes;

/**
 * The generic key derivation function of TS 33.220 Annex B: {@code HMAC-SHA-256(Key, S)} with
 * {@code S = FC ‖ P0 ‖ L0 ‖ P1 ‖ L1 ‖ …}, every {@code Li} the 2-octet big-endian length of {@code Pi}
 * (Annex B.2). TS 33.180 Annex F uses it with FC 0x50 (user salt), 0x51/0x52 (signalling keys) and 0x53
 * (DPCK); the MIKEY-SAKKE UID uses the same string encoding with plain SHA-256 ({@link MikeySakkeUid}).
 *
 * <p>Thread safety: stateless.
 */
public final class Ts33220Kdf {
  /** Output length of HMAC-SHA-256, in octets. */
  public static final int OUTPUT_OCTETS = 32;

  private Ts33220Kdf() {}

  /**
   * The input string {@code S = FC ‖ P0 ‖ L0 ‖ …} (TS 33.220 B.2).
   *
   * @throws IllegalArgumentException if FC is not one octet or a parameter exceeds 65535 octets
   */
  public static Bytes inputString(int fc, Bytes... parameters) {
    if (fc < 0 || fc > 0xff) {
      throw new IllegalArgumentException("FC " + fc + " is not one octet");
    }
    ByteArrayOutputStream s = new ByteArrayOutputStream();
    s.write(fc);
    for (int i = 0; i < parameters.length; i++) {
      Bytes p = parameters[i];
      if (p.size() > 0xffff) {
        throw new IllegalArgumentException("P" + i + " has " + p.size() + " octets; at most 65535 fit L" + i);
      }
      s.writeBytes(p.toByteArray());
      s.write(p.size() >>> 8);
      s.write(p.size());
    }
    return Bytes.copyOf(s.toByteArray());
  }

  /** {@code HMAC-SHA-256(key, S)}, 32 octets (TS 33.220 B.2.0). */
  public static SecretBytes derive(SecretBytes key, int fc, Bytes... parameters) {
    byte[] k = key.toByteArray(InsecureSecretAccess.get());
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(k, "HmacSHA256"));
      return SecretBytes.wrap(mac.doFinal(inputString(fc, parameters).toByteArray()), InsecureSecretAccess.get());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    } finally {
      Arrays.fill(k, (byte) 0);
    }
  }

  /**
   * A non-negative integer as a parameter: big-endian in the fewest octets, zero as one {@code 0x00} octet
   * (TS 33.220 B.2.1.3).
   */
  public static Bytes nonNegativeInteger(long value) {
    if (value < 0) {
      throw new IllegalArgumentException("integer parameter " + value + " is negative");
    }
    byte[] b = BigInteger.valueOf(value).toByteArray();
    return b.length > 1 && b[0] == 0 ? Bytes.copyOf(b, 1, b.length - 1) : Bytes.copyOf(b);
  }
}
