// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.client;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The client's temporary groups (regroup.md §9.3-5): T → the predefined group security configuration the regroup
 * procedure named, learned only from the regroup notification (or the call setup on T). Removal deletes the
 * mapping; the configuration's GMKs stay.
 *
 * <p>Thread safety: safe to share.
 */
public final class RegroupTable {
  /** One temporary group in force. */
  public record Binding(String temporaryGroupId, String securityConfigurationId, List<String> constituents,
      Optional<String> preconfiguredGroup) {
    public Binding {
      Objects.requireNonNull(temporaryGroupId, "temporaryGroupId");
      Objects.requireNonNull(securityConfigurationId, "securityConfigurationId");
      Objects.requireNonNull(preconfiguredGroup, "preconfiguredGroup");
      constituents = List.copyOf(constituents);
    }
  }

  private final Map<String, Binding> byTemporaryGroup = new ConcurrentHashMap<>();

  public void put(Binding b) {
    byTemporaryGroup.put(b.temporaryGroupId(), b);
  }

  public void remove(String temporaryGroupId) {
    byTemporaryGroup.remove(temporaryGroupId);
  }

  public Optional<Binding> get(String temporaryGroupId) {
    return Optional.ofNullable(byTemporaryGroup.get(temporaryGroupId));
  }

  /** The temporary group that {@code group} is now a constituent of. */
  public Optional<Binding> regroupOf(String group) {
    return byTemporaryGroup.values().stream().filter(b -> b.constituents().contains(group)).findFirst();
  }
}
