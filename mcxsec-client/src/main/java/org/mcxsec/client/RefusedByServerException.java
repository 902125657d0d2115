// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.client;

import java.util.Optional;
import org.mcxsec.crypto.PolicyException;
import org.mcxsec.signalling.Warning;

/** The server refused a request: its status and MCPTT warning (TS 24.379 4.4.2), e.g. 403 {@code 148}. */
public final class RefusedByServerException extends PolicyException {
  private static final long serialVersionUID = 1L;
  private final int status;
  private final transient Warning warning;

  public RefusedByServerException(String what, int status, String reason, Optional<Warning> warning) {
    super(what + " refused: " + status + " " + reason + warning.map(w -> " (" + w + ")").orElse(""));
    this.status = status;
    this.warning = warning.orElse(null);
  }

  public int status() {
    return status;
  }

  public Optional<Warning> warning() {
    return Optional.ofNullable(warning);
  }
}
