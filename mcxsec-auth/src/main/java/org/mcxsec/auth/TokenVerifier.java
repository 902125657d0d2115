// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.auth;

/**
 * Turns a bearer access token into the {@link Caller} it was issued to (TS 33.180 D.1: access to the KMS uses an
 * IdMS access token). Implementations: {@link LocalTokenService} for the embedded setup, {@link OidcTokenVerifier}
 * for an external OpenID Connect issuer.
 *
 * <p>Thread safety: implementations are safe to share.
 */
public interface TokenVerifier {
  /**
   * Verifies {@code token} (signature, issuer, expiry) and returns its subject.
   *
   * @throws AuthenticationException naming the failed check
   */
  Caller verify(String token) throws AuthenticationException;
}
