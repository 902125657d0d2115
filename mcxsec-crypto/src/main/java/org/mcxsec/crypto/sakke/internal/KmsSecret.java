// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto.sakke.internal;

import static org.mcxsec.crypto.sakke.internal.MontgomeryField.LIMBS;
import static org.mcxsec.crypto.sakke.internal.ParameterSet1.FIELD_OCTETS;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Arrays;
import org.mcxsec.crypto.InsecureSecretAccess;
import org.mcxsec.crypto.SecretBytes;

/**
 * The KMS master secret z of RFC 6508 §6.1.1: drawing it, its public key {@code Z = [z]P}, and receiver secret
 * keys {@code K_(a,T) = [(a + z)^-1 mod q]P}. z is handled as octets and limbs that are wiped after use, never as
 * a BigInteger; the inversion modulo q is blinded.
 *
 * <p>Thread safety: stateless.
 */
public final class KmsSecret {
  private static final MontgomeryField FQ = ParameterSet1.FQ;
  private static final long[] Q = MontgomeryField.limbs(ParameterSet1.Q);
  private static final long[] TWO = MontgomeryField.limbs(BigInteger.TWO);

  private KmsSecret() {}

  /** A uniformly random z in [2, q − 1], as 128 octets. */
  public static SecretBytes generate(SecureRandom random) {
    int spareBits = 8 * FIELD_OCTETS - ParameterSet1.Q.bitLength();
    while (true) {
      byte[] candidate = new byte[FIELD_OCTETS];
      random.nextBytes(candidate);
      candidate[0] &= (byte) (0xff >>> spareBits);
      if (problem(candidate) == null) {
        return SecretBytes.wrap(candidate, InsecureSecretAccess.get());
      }
      Arrays.fill(candidate, (byte) 0);
    }
  }

  /** z as exactly 128 octets, or {@code null} if it is longer than 128 octets or not in [2, q − 1]. */
  public static SecretBytes canonical(SecretBytes z) {
    byte[] raw = z.toByteArray(InsecureSecretAccess.get());
    try {
      if (raw.length > FIELD_OCTETS) {
        return null;
      }
      byte[] fixed = new byte[FIELD_OCTETS];
      System.arraycopy(raw, 0, fixed, FIELD_OCTETS - raw.length, raw.length);
      if (problem(fixed) != null) {
        Arrays.fill(fixed, (byte) 0);
        return null;
      }
      return SecretBytes.wrap(fixed, InsecureSecretAccess.get());
    } finally {
      Arrays.fill(raw, (byte) 0);
    }
  }

  /** {@code Z = [z]P}, 257 octets. */
  public static byte[] publicKey(SecretBytes z, SecureRandom blinding) {
    long[] k = limbs(z);
    try {
      return multiplyP(k, blinding);
    } finally {
      Arrays.fill(k, 0);
    }
  }

  /** {@code K_(a,T) = [(a + z)^-1 mod q]P} (257 octets), or {@code null} if {@code a + z ≡ 0 (mod q)}. */
  public static SecretBytes issue(SecretBytes z, byte[] id, SecureRandom blinding) {
    long[] s = limbs(z);
    long[] a = MontgomeryField.limbs(SakkeCurve.identifier(id));
    try {
      FQ.add(s, s, a);
      if (FQ.isZero(s)) {
        return null;
      }
      FQ.toMontgomery(s, s);
      FQ.invert(s, s, MontgomeryField.randomBlind(blinding));
      FQ.fromMontgomery(s, s); // (a + z)^-1 mod q, canonical, non-zero
      return SecretBytes.wrap(multiplyP(s, blinding), InsecureSecretAccess.get());
    } finally {
      Arrays.fill(s, 0);
    }
  }

  private static byte[] multiplyP(long[] k, SecureRandom blinding) {
    long[] blind = MontgomeryField.randomBlind(blinding);
    AffineSum points = new AffineSum(SakkeTables.p().windows());
    SakkeTables.p().select(points, k);
    JacobianPoint acc = points.sum(blind);
    points.destroy();
    AffinePoint point = AffinePoint.of(acc, blind);
    if (point == null) { // an exceptional addition (negligible probability)
      point = AffinePoint.of(SakkeCurve.multiply(AffinePoint.generator(), MontgomeryField.toBigInteger(k)), blind);
    }
    byte[] out = point.encode();
    point.destroy();
    acc.destroy();
    return out;
  }

  private static long[] limbs(SecretBytes z) {
    byte[] raw = z.toByteArray(InsecureSecretAccess.get());
    long[] k = new long[LIMBS];
    MontgomeryField.decode(k, raw, 0, raw.length);
    Arrays.fill(raw, (byte) 0);
    return k;
  }

  /** Why the 128-octet value is not a valid z, or {@code null}. */
  private static String problem(byte[] z) {
    long[] k = new long[LIMBS];
    MontgomeryField.decode(k, z, 0, z.length);
    boolean ok = MontgomeryField.lessThan(k, Q) & !MontgomeryField.lessThan(k, TWO);
    Arrays.fill(k, 0);
    return ok ? null : "z is not in [2, q − 1]";
  }
}
