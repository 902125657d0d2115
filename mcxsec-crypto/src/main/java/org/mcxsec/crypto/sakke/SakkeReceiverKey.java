// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto.sakke;

import java.util.Objects;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.KeyMaterialException;
import org.mcxsec.crypto.SecretBytes;
import org.mcxsec.crypto.sakke.internal.ReceiverKeyCheck;
import org.mcxsec.crypto.sakke.internal.SecretCopy;

/**
 * A receiver's SAKKE key: its identifier b, its KMS's public key Z and its receiver secret key
 * {@code RSK = K_(b,S) = [(b + z)^-1]P} (RFC 6508 §6.1.1). An instance is either issued by a {@link SakkeKmsKey}
 * or has passed {@link #validate}; build a {@link SakkeDecapsulator} from it.
 *
 * <p>Security: {@link #toString()} redacts the RSK; {@link #equalsKey} compares in constant time; {@link #close()}
 * overwrites the RSK.
 *
 * <p>Thread safety: safe to share until {@link #close()}.
 */
public final class SakkeReceiverKey implements AutoCloseable {
  private final Bytes zPub;
  private final Bytes id;
  private final SecretBytes rsk;

  private SakkeReceiverKey(Bytes zPub, Bytes id, SecretBytes rsk) {
    this.zPub = zPub;
    this.id = id;
    this.rsk = rsk;
  }

  static SakkeReceiverKey issued(Bytes zPub, Bytes id, SecretBytes rsk) {
    return new SakkeReceiverKey(zPub, id, rsk);
  }

  /**
   * Checks an RSK received from a KMS (RFC 6508 §6.1.2): Z and RSK are points of order q and
   * {@code ⟨[b]P + Z, RSK⟩ = g}. The key keeps its own copy of {@code rsk}.
   *
   * @throws KeyMaterialException naming the failed check
   */
  public static SakkeReceiverKey validate(Bytes zPub, Bytes id, SecretBytes rsk) throws KeyMaterialException {
    Objects.requireNonNull(rsk, "rsk");
    requireIdentifier(id);
    String problem = ReceiverKeyCheck.encodingProblem(rsk); // cheap checks before the costly ones
    if (problem == null) {
      problem = ReceiverKeyCheck.problem(SakkeKmsPublicKey.of(zPub).point(), id.toByteArray(), rsk);
    }
    if (problem != null) {
      throw new KeyMaterialException("SAKKE receiver key for identifier " + id + ": " + problem);
    }
    return new SakkeReceiverKey(zPub, id, SecretCopy.of(rsk));
  }

  /** Z of the issuing KMS, 257 octets. */
  public Bytes zPub() {
    return zPub;
  }

  /** The identifier b, as given. */
  public Bytes id() {
    return id;
  }

  /** The RSK {@code 0x04 ‖ x ‖ y} (257 octets); a copy the caller may destroy. */
  public SecretBytes rsk() {
    return SecretCopy.of(rsk);
  }

  SecretBytes rskForDecapsulation() {
    return rsk;
  }

  /** Same identifier, KMS and RSK; the RSK is compared in constant time. */
  public boolean equalsKey(SakkeReceiverKey other) {
    return zPub.equals(other.zPub) & id.equals(other.id) & rsk.equalsConstantTime(other.rsk);
  }

  /** Overwrites the RSK with zeros. */
  @Override
  public void close() {
    rsk.destroy();
  }

  @Override
  public String toString() {
    return "SakkeReceiverKey[id=" + id + ", zPub=" + zPub + ", rsk=<redacted>]";
  }

  static void requireIdentifier(Bytes id) throws KeyMaterialException {
    Objects.requireNonNull(id, "id");
    if (id.isEmpty()) {
      throw new KeyMaterialException("SAKKE identifier is empty; expected at least one octet");
    }
  }
}
