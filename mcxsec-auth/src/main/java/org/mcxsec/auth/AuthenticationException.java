// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.auth;

import org.mcxsec.crypto.McxException;

/**
 * The request carries no valid access token (missing, malformed, badly signed, expired, wrong issuer). HTTP maps
 * it to 401 with {@code WWW-Authenticate: Bearer}. The message says what was wrong without echoing the token.
 */
public final class AuthenticationException extends McxException {
  private static final long serialVersionUID = 1L;

  public AuthenticationException(String message) {
    super(message);
  }

  public AuthenticationException(String message, Throwable cause) {
    super(message, cause);
  }
}
