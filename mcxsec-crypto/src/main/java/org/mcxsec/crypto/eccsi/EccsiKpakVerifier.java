// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto.eccsi;

import java.util.LinkedHashMap;
import java.util.Map;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.KeyMaterialException;
import org.mcxsec.crypto.VerificationFailedException;
import org.mcxsec.crypto.eccsi.internal.AffinePoint;

/**
 * Verifies ECCSI signatures of many signers under one KPAK (one KMS), for the GMS and clients that verify many
 * messages from the same senders: it keeps one {@link EccsiVerifier}, with its per-signer precomputation, for
 * each of the most recently used signer identifiers.
 *
 * <p>Memory: a signer whose signatures verified twice or more holds a table of about 70 KB per PVT; at most
 * {@code maxSigners} signers are kept (least recently used first out).
 *
 * <p>Thread safety: safe to share.
 */
public final class EccsiKpakVerifier {
  /** Signers kept by {@link #EccsiKpakVerifier(Bytes)}. */
  public static final int DEFAULT_MAX_SIGNERS = 128;

  private final Bytes kpak;
  private final AffinePoint kpakPoint;
  private final Map<Bytes, EccsiVerifier> signers;

  /**
   * @throws KeyMaterialException if the KPAK is not a valid P-256 point
   */
  public EccsiKpakVerifier(Bytes kpak) throws KeyMaterialException {
    this(kpak, DEFAULT_MAX_SIGNERS);
  }

  /**
   * @param maxSigners how many signers' verifiers to keep, at least 1
   * @throws KeyMaterialException if the KPAK is not a valid P-256 point
   */
  public EccsiKpakVerifier(Bytes kpak, int maxSigners) throws KeyMaterialException {
    if (maxSigners < 1) {
      throw new IllegalArgumentException("maxSigners " + maxSigners + " is less than 1");
    }
    this.kpak = kpak;
    this.kpakPoint = AffinePoint.decode(kpak.toByteArray(), "KPAK");
    this.signers = new LinkedHashMap<>(16, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<Bytes, EccsiVerifier> eldest) {
        return size() > maxSigners;
      }
    };
  }

  public Bytes kpak() {
    return kpak;
  }

  /** The (cached) verifier for {@code signerId} under this KPAK. */
  public EccsiVerifier forSigner(Bytes signerId) {
    synchronized (signers) {
      return signers.computeIfAbsent(signerId, id -> new EccsiVerifier(kpak, kpakPoint, id));
    }
  }

  /**
   * Verifies {@code signature} of {@code message} by {@code signerId} (RFC 6507 §5.2.2).
   *
   * @throws VerificationFailedException naming the check that failed
   */
  public void verify(Bytes signerId, Bytes message, EccsiSignature signature) throws VerificationFailedException {
    forSigner(signerId).verify(message, signature);
  }

  @Override
  public String toString() {
    return "EccsiKpakVerifier[kpak=" + kpak + "]";
  }
}
