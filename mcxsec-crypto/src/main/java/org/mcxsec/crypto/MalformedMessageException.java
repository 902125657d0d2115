// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto;

/** Input cannot be parsed: the message names the structure, field, offset and value. */
public class MalformedMessageException extends McxException {
  public MalformedMessageException(String message) {
    super(message);
  }

  public MalformedMessageException(String message, Throwable cause) {
    super(message, cause);
  }
}
