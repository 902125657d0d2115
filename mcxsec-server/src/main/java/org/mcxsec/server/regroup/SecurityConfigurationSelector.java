// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.server.regroup;

import java.util.Optional;
import java.util.Set;
import org.mcxsec.server.call.RefusedException;
import org.mcxsec.server.groups.GroupDirectory;
import org.mcxsec.server.groups.SecurityConfiguration;
import org.mcxsec.signalling.Warning;

/**
 * Names the predefined group security configuration of a new temporary group (design §1; regroup.md §8):
 * <ol>
 *   <li>a regroup with a preconfigured group P uses P's own configuration (24.379 16.1);</li>
 *   <li>otherwise an explicit operator mapping for T or for the constituent groups, if there is one;</li>
 *   <li>otherwise the first configuration (by ID) that every affected member already holds;</li>
 *   <li>otherwise the first that every affected member holds or is entitled to (the GMS delivers it first);</li>
 *   <li>otherwise the one that most affected members hold or may hold (ties by ID); the others are left out.</li>
 * </ol>
 *
 * <p>Thread safety: stateless apart from its collaborators, safe to share.
 */
public final class SecurityConfigurationSelector {
  private final GroupDirectory directory;
  private final ExplicitConfigurationMapping mapping;

  public SecurityConfigurationSelector(GroupDirectory directory, ExplicitConfigurationMapping mapping) {
    this.directory = directory;
    this.mapping = mapping;
  }

  /**
   * The configuration for {@code request}, whose affected members are {@code affected}.
   *
   * @throws RefusedException 163 if the preconfigured group or the mapped configuration does not exist, 100 if
   *     no configuration exists at all
   */
  public SecurityConfiguration select(RegroupRequest request, Set<String> affected) throws RefusedException {
    // 1. Preconfigured regroup: the configuration is P's (24.379 16.1: all its configuration, keys included)
    if (request.preconfiguredGroup().isPresent()) {
      String p = request.preconfiguredGroup().get();
      return directory.configuration(p).filter(SecurityConfiguration::preconfiguredGroup)
          .orElseThrow(() -> RefusedException.forbidden(Warning.GROUP_DOES_NOT_EXIST));
    }
    // 2. Explicit mapping
    Optional<String> mapped = mapping.lookup(request.temporaryGroupId(), Set.copyOf(request.groups()));
    if (mapped.isPresent()) {
      return directory.configuration(mapped.get())
          .orElseThrow(() -> RefusedException.forbidden(Warning.GROUP_DOES_NOT_EXIST));
    }
    SecurityConfiguration best = null;
    int bestCover = -1;
    for (SecurityConfiguration c : directory.configurations()) {
      if (c.preconfiguredGroup()) {
        continue;
      }
      // 3. held by every affected member
      if (affected.stream().allMatch(c::holds)) {
        return c;
      }
      int cover = (int) affected.stream().filter(c::mayHold).count();
      if (cover > bestCover) {
        best = c;
        bestCover = cover;
      }
    }
    // 4-5. the widest cover (all of them if some configuration can be delivered to everyone)
    if (best == null) {
      throw RefusedException.forbidden(Warning.notAllowed("no predefined group security configuration exists"));
    }
    return best;
  }
}
