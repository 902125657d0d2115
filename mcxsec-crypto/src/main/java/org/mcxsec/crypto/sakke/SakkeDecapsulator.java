// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto.sakke;

import java.util.Objects;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.KeyDecapsulator;
import org.mcxsec.crypto.SecretBytes;
import org.mcxsec.crypto.VerificationFailedException;
import org.mcxsec.crypto.sakke.internal.DecapsulationEngine;

/**
 * SAKKE decapsulation for one receiver key (RFC 6508 §6.2.2, parameter set 1):
 *
 * <ol>
 *   <li>R and H from the encapsulated data (already checked to be a curve point and 16 octets);
 *   <li>{@code w = ⟨R_(b,S), K_(b,S)⟩};
 *   <li>{@code SSV = H XOR HashToIntegerRange(w, 2^128)};
 *   <li>{@code r = HashToIntegerRange(SSV ‖ b, q)};
 *   <li>{@code TEST = [r]([b]P + Z_S)}; unless {@code TEST = R_(b,S)} nothing is returned;
 *   <li>the SSV.
 * </ol>
 *
 * <p>Speed: construction precomputes the pairing's Miller-loop lines for the RSK and a fixed-base table of
 * {@code [b]P + Z} (together about 0.1 s and 3 MiB); each decapsulation then evaluates the lines and does one
 * fixed-base multiplication.
 *
 * <p>Security: the precomputed lines reveal the RSK; {@link #close()} overwrites them. Every failure, whatever its
 * cause, is the same {@link VerificationFailedException}.
 *
 * <p>Thread safety: safe to share until {@link #close()}.
 */
public final class SakkeDecapsulator implements KeyDecapsulator, AutoCloseable {
  private final Bytes id;
  private final DecapsulationEngine engine;
  private volatile boolean closed;

  /** A decapsulator for {@code key}, which must stay open while the constructor runs. */
  public SakkeDecapsulator(SakkeReceiverKey key) {
    Objects.requireNonNull(key, "key");
    this.id = key.id();
    this.engine = DecapsulationEngine.create(SakkeKmsPublicKey.trusted(key.zPub()).point(), id.toByteArray(),
        key.rskForDecapsulation());
  }

  @Override
  public SecretBytes decapsulate(SakkeEncapsulatedData sed) throws VerificationFailedException {
    Objects.requireNonNull(sed, "sed");
    if (closed) {
      throw new IllegalStateException("SakkeDecapsulator is closed");
    }
    SecretBytes ssv = engine.decapsulate(sed.r().toByteArray(), sed.h().toByteArray());
    if (ssv == null) {
      throw new VerificationFailedException("SAKKE R check failed");
    }
    return ssv;
  }

  /** Overwrites the precomputed pairing lines. */
  @Override
  public void close() {
    closed = true;
    engine.destroy();
  }

  @Override
  public String toString() {
    return "SakkeDecapsulator[id=" + id + "]";
  }
}
