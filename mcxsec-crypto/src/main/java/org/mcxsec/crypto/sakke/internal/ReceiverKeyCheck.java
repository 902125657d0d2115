// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto.sakke.internal;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import org.mcxsec.crypto.InsecureSecretAccess;
import org.mcxsec.crypto.SecretBytes;

/**
 * RSK validation (RFC 6508 §6.1.2): a receiver must check {@code ⟨[b]P + Z, K_(b,S)⟩ = g} before using its RSK.
 * Computed as {@code ⟨K_(b,S), [b]P + Z⟩}, which equals it once the RSK is known to have order q.
 *
 * <p>Thread safety: stateless.
 */
public final class ReceiverKeyCheck {
  private static final byte[] G_OCTETS = new byte[ParameterSet1.FIELD_OCTETS];

  static {
    MontgomeryField.encode(G_OCTETS, 0, G_OCTETS.length, MontgomeryField.limbs(ParameterSet1.G));
  }

  private ReceiverKeyCheck() {}

  /** Why the RSK is not an encoded point of the curve, or {@code null}. */
  public static String encodingProblem(SecretBytes rsk) {
    byte[] raw = rsk.toByteArray(InsecureSecretAccess.get());
    try {
      return AffinePoint.problem("RSK", raw);
    } finally {
      Arrays.fill(raw, (byte) 0);
    }
  }

  /**
   * Why the RSK, already a curve point ({@link #encodingProblem}), is not valid for this identifier and KMS public
   * key (a point of order q), or {@code null}.
   */
  public static String problem(AffinePoint z, byte[] id, SecretBytes rsk) {
    BigInteger b = SakkeCurve.identifier(id);
    AffinePoint qb = SakkeCurve.receiverPoint(z, b);
    if (qb == null) {
      return "[b]P + Z is the point at infinity for this identifier and KMS";
    }
    AffinePoint k = DecapsulationEngine.decodeSecretPoint(rsk);
    long[] blind = MontgomeryField.randomBlind(new SecureRandom());
    PairingLines lines;
    try {
      lines = PairingLines.precompute(k, blind);
    } catch (IllegalArgumentException e) {
      return "RSK is not a point of order q";
    } finally {
      k.destroy();
    }
    byte[] w = new byte[ParameterSet1.FIELD_OCTETS];
    boolean ok = lines.evaluate(w, qb, blind) && MessageDigest.isEqual(w, G_OCTETS);
    lines.destroy();
    Arrays.fill(w, (byte) 0);
    return ok ? null : "RSK validation failed: ⟨[b]P + Z, RSK⟩ ≠ g (RFC 6508 §6.1.2)";
  }
}
