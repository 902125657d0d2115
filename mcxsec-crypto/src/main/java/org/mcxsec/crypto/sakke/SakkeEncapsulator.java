// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto.sakke;

import java.util.Objects;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.KeyEncapsulator;
import org.mcxsec.crypto.KeyMaterialException;
import org.mcxsec.crypto.SecretBytes;
import org.mcxsec.crypto.sakke.internal.EncapsulationEngine;
import org.mcxsec.crypto.sakke.internal.ParameterSet1;

/**
 * SAKKE encapsulation to the users of one KMS (RFC 6508 §6.2.1, parameter set 1):
 *
 * <ol>
 *   <li>SSV: the caller's 16-octet secret (in MCX the GMK, PCK or CSK);
 *   <li>{@code r = HashToIntegerRange(SSV ‖ b, q)}, b the identifier octets as given;
 *   <li>{@code R_(b,S) = [r]([b]P + Z_S)};
 *   <li>{@code H = SSV XOR HashToIntegerRange(g^r, 2^128)}, g^r computed in PF_p;
 *   <li>encapsulated data {@code R_(b,S) ‖ H}.
 * </ol>
 *
 * <p>Speed: construction builds a fixed-base table of Z (about 0.1 s, 2.4 MiB), shared by every encapsulation; a
 * recipient encapsulated to many times also gets its own table (see {@link #forKms(Bytes, int)}).
 *
 * <p>Security: the output is a function of (SSV, identifier, Z) only; secret-dependent work runs without
 * secret-dependent branches or table indices.
 *
 * <p>Thread safety: immutable apart from an internally synchronised cache; safe to share.
 */
public final class SakkeEncapsulator implements KeyEncapsulator {
  /** Recipients that may get their own table by default (about 2.4 MiB each). */
  public static final int DEFAULT_RECIPIENT_TABLES = 8;

  private final EncapsulationEngine engine;

  private SakkeEncapsulator(EncapsulationEngine engine) {
    this.engine = engine;
  }

  /**
   * An encapsulator for the KMS public key Z ({@code 0x04 ‖ x ‖ y}, 257 octets).
   *
   * @throws KeyMaterialException if Z is not a point of the order-q subgroup
   */
  public static SakkeEncapsulator forKms(Bytes zPub) throws KeyMaterialException {
    return forKms(zPub, DEFAULT_RECIPIENT_TABLES);
  }

  /**
   * As {@link #forKms(Bytes)}, keeping at most {@code recipientTables} per-recipient tables (0: none). A recipient
   * gets one after 64 encapsulations among the last 4096 identifiers seen.
   *
   * @throws KeyMaterialException if Z is not a point of the order-q subgroup
   */
  public static SakkeEncapsulator forKms(Bytes zPub, int recipientTables) throws KeyMaterialException {
    SakkeKmsPublicKey z = SakkeKmsPublicKey.of(zPub);
    return new SakkeEncapsulator(new EncapsulationEngine(z.point(), recipientTables));
  }

  /**
   * Encapsulates the 16-octet {@code ssv} to {@code receiverId}.
   *
   * @throws IllegalArgumentException if the SSV is not 16 octets, the identifier is empty, or
   *     {@code [b]P + Z} is the point at infinity (an identifier this KMS cannot key)
   */
  @Override
  public SakkeEncapsulatedData encapsulate(Bytes receiverId, SecretBytes ssv) {
    Objects.requireNonNull(receiverId, "receiverId");
    Objects.requireNonNull(ssv, "ssv");
    if (ssv.size() != ParameterSet1.SSV_OCTETS) {
      throw new IllegalArgumentException("SAKKE SSV: expected " + ParameterSet1.SSV_OCTETS + " octets, got " + ssv.size());
    }
    if (receiverId.isEmpty()) {
      throw new IllegalArgumentException("SAKKE identifier is empty; expected at least one octet");
    }
    byte[] sed = engine.encapsulate(receiverId.toByteArray(), ssv);
    return new SakkeEncapsulatedData(Bytes.copyOf(sed, 0, ParameterSet1.POINT_OCTETS),
        Bytes.copyOf(sed, ParameterSet1.POINT_OCTETS, ParameterSet1.SSV_OCTETS));
  }

  @Override
  public String toString() {
    return "SakkeEncapsulator[parameter set 1]";
  }
}
