// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto.sakke.internal;

import static org.mcxsec.crypto.sakke.internal.MontgomeryField.LIMBS;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * HashToIntegerRange(s, n, SHA-256) of RFC 6508 §5.1, for the two ranges SAKKE uses: n = q (l = 4 blocks) and
 * n = 2^128 (l = 1 block).
 *
 * <pre>
 *   A = hash(s);  h_0 = 32 zero octets
 *   for i = 1 .. l:  h_i = hash(h_(i−1));  v_i = hash(h_i ‖ A)
 *   v' = v_1 ‖ … ‖ v_l (big-endian);  return v' mod n
 * </pre>
 *
 * <p>Thread safety: stateless.
 */
public final class HashToIntegerRange {
  private static final int HASH_OCTETS = 32;

  private HashToIntegerRange() {}

  /** {@code HashToIntegerRange(s, q)} as canonical plain limbs, reduced without a branch. */
  public static long[] modQ(byte[] s) {
    byte[] v = expand(s, ParameterSet1.FIELD_OCTETS / HASH_OCTETS); // l = ceil(1022 / 256) = 4
    long[] r = new long[LIMBS];
    MontgomeryField.decode(r, v, 0, v.length);
    ParameterSet1.FQ.reduceBelow8m(r, r); // v' < 2^1024 < 7q
    Arrays.fill(v, (byte) 0);
    return r;
  }

  /** {@code HashToIntegerRange(s, 2^128)} as 16 octets: the last 16 octets of v_1 (l = 1). */
  public static byte[] mod2To128(byte[] s) {
    byte[] v = expand(s, 1);
    byte[] r = Arrays.copyOfRange(v, HASH_OCTETS - ParameterSet1.SSV_OCTETS, HASH_OCTETS);
    Arrays.fill(v, (byte) 0);
    return r;
  }

  /** {@code v' = v_1 ‖ … ‖ v_l}. */
  static byte[] expand(byte[] s, int blocks) {
    MessageDigest sha256 = sha256();
    byte[] a = sha256.digest(s);
    byte[] h = new byte[HASH_OCTETS];
    byte[] out = new byte[blocks * HASH_OCTETS];
    for (int i = 0; i < blocks; i++) {
      h = sha256.digest(h);
      sha256.update(h);
      sha256.update(a);
      byte[] v = sha256.digest();
      System.arraycopy(v, 0, out, i * HASH_OCTETS, HASH_OCTETS);
      Arrays.fill(v, (byte) 0);
    }
    Arrays.fill(a, (byte) 0);
    return out;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }
}
