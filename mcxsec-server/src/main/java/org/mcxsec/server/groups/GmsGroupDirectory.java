// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.server.groups;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.mcxsec.crypto.KeyMaterialException;
import org.mcxsec.gms.GmsService;
import org.mcxsec.gms.GroupDefinition;
import org.mcxsec.gms.GroupKind;

/**
 * The call server's read side over the GMS: what each group identity is comes from the configured
 * {@link GroupDefinition}s, who belongs to it (members, or holders of a configuration) from the GMS now. A
 * delivery adds the user to the configuration at the GMS, which sends it the live GMKs (one I_MESSAGE each);
 * users in {@code entitled} may receive a configuration they do not hold yet, nobody else.
 *
 * <p>Thread safety: safe to share (the GMS serialises its changes).
 */
public final class GmsGroupDirectory implements GroupDirectory {
  private final GmsService gms;
  private final Map<String, GroupKind> kinds;
  private final Map<String, Set<String>> entitled;

  /**
   * @param definitions the group identities configured at the GMS
   * @param entitled configuration ID → users the GMS may add on demand
   */
  public GmsGroupDirectory(GmsService gms, List<GroupDefinition> definitions, Map<String, Set<String>> entitled) {
    this.gms = gms;
    this.kinds = definitions.stream().collect(Collectors.toUnmodifiableMap(GroupDefinition::id,
        GroupDefinition::kind, (a, b) -> b));
    this.entitled = Map.copyOf(entitled);
  }

  @Override
  public Optional<GroupRecord> group(String id) {
    GroupKind k = kinds.get(id);
    if (k == GroupKind.GROUP || k == GroupKind.PRECONFIGURED) {
      return Optional.of(new GroupRecord(id, k == GroupKind.GROUP ? gms.members(id) : Set.of(),
          k == GroupKind.PRECONFIGURED));
    }
    return Optional.empty();
  }

  @Override
  public Optional<SecurityConfiguration> configuration(String id) {
    GroupKind k = kinds.get(id);
    if (k == GroupKind.SECURITY_CONFIGURATION || k == GroupKind.PRECONFIGURED) {
      return Optional.of(new SecurityConfiguration(id, gms.members(id), entitled.getOrDefault(id, Set.of()),
          k == GroupKind.PRECONFIGURED));
    }
    return Optional.empty();
  }

  @Override
  public List<SecurityConfiguration> configurations() {
    List<SecurityConfiguration> out = new ArrayList<>();
    for (String id : kinds.keySet()) {
      configuration(id).ifPresent(out::add);
    }
    out.sort(Comparator.comparing(SecurityConfiguration::id));
    return out;
  }

  @Override
  public Set<String> deliver(String id, Set<String> users) {
    Set<String> may = entitled.getOrDefault(id, Set.of());
    for (String u : users) {
      if (may.contains(u) && !gms.members(id).contains(u)) {
        try {
          gms.addMember(id, u);
        } catch (KeyMaterialException e) {
          // not delivered: the user stays without the configuration and is left out
        }
      }
    }
    Set<String> holding = new HashSet<>(gms.members(id));
    holding.retainAll(users);
    return holding;
  }

}
