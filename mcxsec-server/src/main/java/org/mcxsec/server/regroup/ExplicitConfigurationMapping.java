// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.server.regroup;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Operator-defined choices of security configuration, consulted before any automatic choice: by temporary group
 * ID, then by the exact set of constituent groups.
 *
 * @param byTemporaryGroup T → configuration ID
 * @param byConstituents set of constituent group IDs → configuration ID
 */
public record ExplicitConfigurationMapping(Map<String, String> byTemporaryGroup,
    Map<Set<String>, String> byConstituents) {
  public ExplicitConfigurationMapping {
    byTemporaryGroup = Map.copyOf(byTemporaryGroup);
    byConstituents = Map.copyOf(byConstituents);
  }

  public static ExplicitConfigurationMapping none() {
    return new ExplicitConfigurationMapping(Map.of(), Map.of());
  }

  /** The mapped configuration for T or for exactly these constituents. */
  public Optional<String> lookup(String temporaryGroupId, Set<String> constituents) {
    String c = byTemporaryGroup.get(temporaryGroupId);
    if (c == null && !constituents.isEmpty()) {
      c = byConstituents.get(Set.copyOf(constituents));
    }
    return Optional.ofNullable(c);
  }
}
