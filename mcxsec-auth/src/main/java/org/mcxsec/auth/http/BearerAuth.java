// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.auth.http;

import io.javalin.http.Context;
import org.mcxsec.auth.AuthenticationException;
import org.mcxsec.auth.Caller;
import org.mcxsec.auth.TokenVerifier;

/**
 * Reads {@code Authorization: Bearer <token>} (RFC 6750 §2.1) and verifies it. Handlers call
 * {@link #authenticate} first; the app's {@link ErrorMapper} turns the failure into 401.
 *
 * <p>Thread safety: safe to share.
 */
public final class BearerAuth {
  private static final int MAX_TOKEN = 8192;
  private final TokenVerifier verifier;

  public BearerAuth(TokenVerifier verifier) {
    this.verifier = verifier;
  }

  /** The caller of this request. */
  public Caller authenticate(Context ctx) throws AuthenticationException {
    String header = ctx.header("Authorization");
    if (header == null || header.isEmpty()) {
      throw new AuthenticationException("no Authorization header: a Bearer access token is required");
    }
    if (header.length() < 7 || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw new AuthenticationException("Authorization header is not of the Bearer scheme");
    }
    String token = header.substring(7).strip();
    if (token.isEmpty() || token.length() > MAX_TOKEN) {
      throw new AuthenticationException("Bearer token length " + token.length() + " is outside [1, " + MAX_TOKEN
          + "]");
    }
    return verifier.verify(token);
  }
}
