// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.gms;

import java.util.List;

/**
 * The outcome of a regroup at the GMS (design §1): the temporary group's members, and those left out because
 * they do not hold the named security configuration (they would be sent media they cannot decrypt).
 */
public record RegroupResult(String tgi, String securityConfiguration, List<String> members, List<String> excluded) {
  public RegroupResult {
    members = List.copyOf(members);
    excluded = List.copyOf(excluded);
  }
}
