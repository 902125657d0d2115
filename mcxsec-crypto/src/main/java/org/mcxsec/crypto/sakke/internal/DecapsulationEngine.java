// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto.sakke.internal;

import static org.mcxsec.crypto.sakke.internal.ParameterSet1.FIELD_OCTETS;
import static org.mcxsec.crypto.sakke.internal.ParameterSet1.SSV_OCTETS;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Arrays;
import org.mcxsec.crypto.InsecureSecretAccess;
import org.mcxsec.crypto.SecretBytes;

/**
 * SAKKE decapsulation (RFC 6508 §6.2.2) for one receiver: identifier b, KMS public key Z and RSK fixed, so the
 * pairing lines of the RSK ({@link PairingLines}) and a fixed-base table of {@code [b]P + Z} for the R check are
 * computed once, here.
 *
 * <p>Thread safety: safe to share until {@link #destroy()}.
 */
public final class DecapsulationEngine {
  /** Window width of the table of {@code [b]P + Z}. */
  static final int WIDTH = SakkeTables.P_WIDTH;

  private final byte[] id;
  private final AffinePoint qb;
  private final FixedBaseTable qbTable;
  private final PairingLines lines;
  private final SecureRandom blinding = new SecureRandom();

  private DecapsulationEngine(byte[] id, AffinePoint qb, PairingLines lines) {
    this.id = id.clone();
    this.qb = qb;
    this.qbTable = FixedBaseTable.build(qb, WIDTH);
    this.lines = lines;
  }

  /**
   * The engine for a receiver key; Z must lie in the order-q subgroup.
   *
   * @throws IllegalArgumentException if the RSK is not a point of order q or [b]P + Z is the point at infinity
   */
  public static DecapsulationEngine create(AffinePoint z, byte[] id, SecretBytes rsk) {
    BigInteger b = SakkeCurve.identifier(id);
    AffinePoint qb = SakkeCurve.receiverPoint(z, b);
    if (qb == null) {
      throw new IllegalArgumentException("[b]P + Z is the point at infinity");
    }
    AffinePoint k = decodeSecretPoint(rsk);
    try {
      return new DecapsulationEngine(id, qb, PairingLines.precompute(k, MontgomeryField.randomBlind(new SecureRandom())));
    } finally {
      k.destroy();
    }
  }

  /**
   * Steps 2–6 for a valid point R (257 octets) and H (16 octets).
   *
   * @return the SSV, or {@code null} if the R check fails
   */
  public SecretBytes decapsulate(byte[] encodedR, byte[] h) {
    AffinePoint r = AffinePoint.decode("SAKKE R", encodedR);
    long[] blind = MontgomeryField.randomBlind(blinding);
    // 2. w = ⟨R, K_(b,S)⟩ = ⟨K_(b,S), R⟩ (symmetric for parameter set 1)
    byte[] w = new byte[FIELD_OCTETS];
    if (!lines.evaluate(w, r, blind)) {
      return null;
    }
    // 3. SSV = H XOR HashToIntegerRange(w, 2^n)
    byte[] mask = HashToIntegerRange.mod2To128(w);
    byte[] ssv = new byte[SSV_OCTETS];
    for (int i = 0; i < SSV_OCTETS; i++) {
      ssv[i] = (byte) (h[i] ^ mask[i]);
    }
    Arrays.fill(w, (byte) 0);
    Arrays.fill(mask, (byte) 0);
    // 4. r = HashToIntegerRange(SSV ‖ b, q)
    byte[] hashInput = Arrays.copyOf(ssv, SSV_OCTETS + id.length);
    System.arraycopy(id, 0, hashInput, SSV_OCTETS, id.length);
    long[] rr = HashToIntegerRange.modQ(hashInput);
    Arrays.fill(hashInput, (byte) 0);
    // 5. TEST = [r]([b]P + Z); the SSV is released only if TEST = R
    boolean match = !ParameterSet1.FQ.isZero(rr) && test(rr, blind).equalsAffine(r.x, r.y);
    Arrays.fill(rr, 0);
    if (!match) {
      Arrays.fill(ssv, (byte) 0);
      return null;
    }
    // 6. output SSV
    return SecretBytes.wrap(ssv, InsecureSecretAccess.get());
  }

  /** Overwrites the pairing lines, which reveal the RSK. */
  public void destroy() {
    lines.destroy();
  }

  private JacobianPoint test(long[] r, long[] blind) {
    AffineSum points = new AffineSum(qbTable.windows());
    qbTable.select(points, r);
    JacobianPoint acc = points.sum(blind);
    points.destroy();
    if (acc.isInfinity()) { // an exceptional addition (negligible probability)
      return SakkeCurve.multiply(qb, MontgomeryField.toBigInteger(r));
    }
    return acc;
  }

  /** The RSK as a point; the caller destroys it. */
  static AffinePoint decodeSecretPoint(SecretBytes rsk) {
    byte[] raw = rsk.toByteArray(InsecureSecretAccess.get());
    try {
      return AffinePoint.decode("RSK", raw);
    } finally {
      Arrays.fill(raw, (byte) 0);
    }
  }
}
