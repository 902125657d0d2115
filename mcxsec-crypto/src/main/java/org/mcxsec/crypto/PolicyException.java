// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto;

/** The cryptography is valid but the operation is refused: expired or revoked key, not a member, stale timestamp. */
public class PolicyException extends McxException {
  public PolicyException(String message) {
    super(message);
  }

  public PolicyException(String message, Throwable cause) {
    super(message, cause);
  }
}
