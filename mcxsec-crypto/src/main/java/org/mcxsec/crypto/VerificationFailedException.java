// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto;

/** A signature, MAC, tag or SAKKE check failed. The message names the check, never how close it came. */
public class VerificationFailedException extends McxException {
  public VerificationFailedException(String message) {
    super(message);
  }

  public VerificationFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
