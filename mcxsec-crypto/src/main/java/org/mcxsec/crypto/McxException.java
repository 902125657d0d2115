// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto;

/**
 * Root of the checked exceptions caused by input or keys (design §4). Callers must handle it; the edges (CLI,
 * HTTP) map it to one line for the user. Messages name the field, the value and what was expected, and never
 * carry secret material.
 */
public abstract class McxException extends Exception {
  protected McxException(String message) {
    super(message);
  }

  protected McxException(String message, Throwable cause) {
    super(message, cause);
  }
}
