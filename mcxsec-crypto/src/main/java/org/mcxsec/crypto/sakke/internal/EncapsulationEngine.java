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
    // 3. R = [r]([b]P + Z)
    long[] blind = MontgomeryField.randomBlind(blinding);
    BigInteger b = SakkeCurve.identifier(id);
    byte[] out = new byte[POINT_OCTETS + SSV_OCTETS];
    System.arraycopy(pointR(id, b, r, blind), 0, out, 0, POINT_OCTETS);
    // 4a. g^r in PF_p[q], as 128 octets
    byte[] gr = new byte[FIELD_OCTETS];
    SakkeTables.g().power(gr, r, blind);
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

  private byte[] pointR(byte[] id, BigInteger b, long[] r, long[] blind) {
    JacobianPoint acc = new JacobianPoint();
    FixedBaseTable own = recipients.tableFor(id, b);
    if (own != null) {
      own.multiply(acc, r, false);
    } else if (b.signum() == 0) {
      zTable.multiply(acc, r, false);
    } else {
      long[] rb = new long[LIMBS];
      FQ.mul(rb, r, MontgomeryField.limbs(b));
      FQ.toMontgomery(rb, rb); // r·b·R^-1 · R² · R^-1 = r·b
      FQ.reduce(rb, rb);
      SakkeTables.p().multiply(acc, rb, false); // [r·b mod q]P
      zTable.multiply(acc, r, true); // + [r]Z
      Arrays.fill(rb, 0);
    }
    AffinePoint point = AffinePoint.of(acc, blind);
    if (point == null) { // an exceptional addition, or [b]P + Z = O
      AffinePoint qb = SakkeCurve.receiverPoint(z, b);
      if (qb == null) {
        throw new IllegalArgumentException("[b]P + Z is the point at infinity for this identifier and KMS");
      }
      point = AffinePoint.of(SakkeCurve.multiply(qb, MontgomeryField.toBigInteger(r)), blind);
    }
    return point.encode();
  }
}
