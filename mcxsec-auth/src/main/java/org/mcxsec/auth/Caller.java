// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.auth;

import java.util.Objects;

/**
 * The authenticated identity behind a request: the user's URI (an MC service user ID, or a server URI such as
 * the GMS's) and whether it may act as a dispatcher (start regroups).
 */
public record Caller(String uri, boolean dispatcher) {
  public Caller {
    Objects.requireNonNull(uri, "uri");
  }

  /** True if this caller is {@code uri}: the rule "a user obtains only its own key material". */
  public boolean is(String otherUri) {
    return uri.equals(otherUri);
  }
}
