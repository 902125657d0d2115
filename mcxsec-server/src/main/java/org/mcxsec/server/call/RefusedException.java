// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.server.call;

import org.mcxsec.crypto.PolicyException;
import org.mcxsec.signalling.Warning;

/**
 * A valid request that call control refuses, with the SIP status and the MCPTT warning that tell the client why
 * (TS 24.379 4.4.2), e.g. 403 with {@code 148 group is regrouped}.
 */
public final class RefusedException extends PolicyException {
  private static final long serialVersionUID = 1L;
  private final int status;
  private final transient Warning warning;

  public RefusedException(int status, Warning warning) {
    super(warning.toString());
    this.status = status;
    this.warning = warning;
  }

  /** 403 Forbidden with {@code warning}. */
  public static RefusedException forbidden(Warning warning) {
    return new RefusedException(403, warning);
  }

  public int status() {
    return status;
  }

  public Warning warning() {
    return warning;
  }
}
