// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto.sakke.internal;

import static org.mcxsec.crypto.sakke.internal.MontgomeryField.LIMBS;
import static org.mcxsec.crypto.sakke.internal.ParameterSet1.FIELD_OCTETS;
import static org.mcxsec.crypto.sakke.internal.ParameterSet1.POINT_OCTETS;
import static org.mcxsec.crypto.sakke.internal.ParameterSet1.SSV_OCTETS;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Arrays;
import org.mcxsec.crypto.InsecureSecretAccess;
import org.mcxsec.crypto.SecretBytes;

/**
 * SAKKE encapsulation (RFC 6508 §6.2.1) to the users of one KMS, with fixed-base tables for P (shared) and for
 * the KMS public key Z (built here once).
 *
 * <p>Step 3 needs {@code R = [r]([b]P + Z)} for a new identifier b each time. Written as
 * {@code [r·b mod q]P + [r]Z}, it is two fixed-base multiplications — 254 mixed additions, no doubling, no
 * per-recipient work. A recipient seen often gets its own table of {@code [b]P + Z} ({@link RecipientTables}),
 * which halves the additions.
 *
 * <p>Thread safety: safe to share; the recipient cache is synchronised.
 */
public final class EncapsulationEngine {
  private static final MontgomeryField F = ParameterSet1.FP;
  private static final MontgomeryField FQ = ParameterSet1.FQ;

  private final AffinePoint z;
  private final FixedBaseTable zTable;
  private final RecipientTables recipients;
  private final SecureRandom blinding = new SecureRandom();

  /** For a KMS public key Z already checked to lie in the order-q subgroup. */
  public EncapsulationEngine(AffinePoint z, int recipientTables) {
    this.z = z;
    this.zTable = FixedBaseTable.build(z, SakkeTables.P_WIDTH);
    this.recipients = new RecipientTables(z, recipientTables);
  }

  /**
   * {@code R ‖ H} (273 octets) for the SSV (16 octets) and the identifier b (as given).
   *
   * @throws IllegalArgumentException if {@code [b]P + Z} is the point at infinity, so b cannot be keyed
   */
  public byte[] encapsulate(byte[] id, SecretBytes ssv) {
    byte[] s = ssv.toByteArray(InsecureSecretAccess.get());
    byte[] hashInput = Arrays.copyOf(s, SSV_OCTETS + id.length);
    System.arraycopy(id, 0, hashInput, SSV_OCTETS, id.length);
    // 2. r = HashToIntegerRange(SSV ‖ b, q)
    long[] r = HashToIntegerRange.modQ(hashInput);
    Arrays.fill(hashInput, (byte) 0);
    if (FQ.isZero(r)) {
      throw new IllegalStateException("r = 0: SHA-256 produced a multiple of q");
    }
    // 3. R = [r]([b]P + Z), in Jacobian coordinates
    long[] blind = MontgomeryField.randomBlind(blinding);
    BigInteger b = SakkeCurve.identifier(id);
    JacobianPoint rj = pointR(id, b, r, blind);
    // 4a. g^r in PF_p[q]: (a + b·i) with one inversion, shared with R's Z (Montgomery's trick)
    long[] ga = new long[LIMBS];
    long[] gb = new long[LIMBS];
    SakkeTables.g().power(ga, gb, r);
    long[][] inverses = {rj.z.clone(), ga};
    AffinePoint point;
    if (F.invertAll(inverses, 2, blind)) {
      point = AffinePoint.ofInverse(rj, inverses[0]);
    } else { // Z ≡ 0: an exceptional addition, or [b]P + Z = O
      point = fallbackR(b, r, blind);
      F.invert(ga, ga, blind);
    }
    rj.destroy();
    byte[] out = new byte[POINT_OCTETS + SSV_OCTETS];
    System.arraycopy(point.encode(), 0, out, 0, POINT_OCTETS);
    byte[] gr = new byte[FIELD_OCTETS];
    PfpPowerTable.representative(gr, ga, gb);
    // 4b. mask = HashToIntegerRange(g^r, 2^n); H = SSV XOR mask
    byte[] mask = HashToIntegerRange.mod2To128(gr);
    for (int i = 0; i < SSV_OCTETS; i++) {
      out[POINT_OCTETS + i] = (byte) (s[i] ^ mask[i]);
    }
    Arrays.fill(s, (byte) 0);
    Arrays.fill(gr, (byte) 0);
    Arrays.fill(mask, (byte) 0);
    Arrays.fill(r, 0);
    // 5. Encapsulated data = R ‖ H
    return out;
  }

  /** {@code [r]([b]P + Z)}, {@code Z ≡ 0} after an exceptional addition. */
  private JacobianPoint pointR(byte[] id, BigInteger b, long[] r, long[] blind) {
    FixedBaseTable own = recipients.tableFor(id, b);
    AffineSum points;
    if (own != null) {
      points = new AffineSum(own.windows());
      own.select(points, r);
    } else if (b.signum() == 0) {
      points = new AffineSum(zTable.windows());
      zTable.select(points, r);
    } else {
      FixedBaseTable pTable = SakkeTables.p();
      points = new AffineSum(pTable.windows() + zTable.windows());
      long[] rb = new long[LIMBS];
      FQ.mul(rb, r, MontgomeryField.limbs(b));
      FQ.toMontgomery(rb, rb); // r·b·R^-1 · R² · R^-1 = r·b
      FQ.reduce(rb, rb);
      pTable.select(points, rb); // [r·b mod q]P
      zTable.select(points, r); // + [r]Z
      Arrays.fill(rb, 0);
    }
    JacobianPoint sum = points.sum(blind);
    points.destroy();
    return sum;
  }

  /** R by the general formulas, after the fast path met an exceptional addition (negligible probability). */
  private AffinePoint fallbackR(BigInteger b, long[] r, long[] blind) {
    AffinePoint qb = SakkeCurve.receiverPoint(z, b);
    if (qb == null) {
      throw new IllegalArgumentException("[b]P + Z is the point at infinity for this identifier and KMS");
    }
    return AffinePoint.of(SakkeCurve.multiply(qb, MontgomeryField.toBigInteger(r)), blind);
  }
}
