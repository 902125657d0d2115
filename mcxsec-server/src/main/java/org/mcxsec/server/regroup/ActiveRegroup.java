// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.server.regroup;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.mcxsec.signalling.RegroupBody.LeftOut;

/**
 * A temporary group in force, with the predefined group security configuration the regroup procedure named:
 * every call on T is protected with that configuration's GMK (design §1).
 *
 * @param temporaryGroupId T
 * @param kind how it was formed
 * @param constituents the regrouped groups (empty for user regroups)
 * @param members the users included: each holds the configuration's GMK
 * @param securityConfigurationId the configuration whose GMK protects calls on T
 * @param preconfiguredGroup P, for regroups with a preconfigured group
 * @param requester who created it
 * @param leftOut members not included, with the reason
 */
public record ActiveRegroup(String temporaryGroupId, RegroupKind kind, List<String> constituents,
    Set<String> members, String securityConfigurationId, Optional<String> preconfiguredGroup, String requester,
    List<LeftOut> leftOut) {
  public ActiveRegroup {
    Objects.requireNonNull(temporaryGroupId, "temporaryGroupId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(securityConfigurationId, "securityConfigurationId");
    Objects.requireNonNull(preconfiguredGroup, "preconfiguredGroup");
    Objects.requireNonNull(requester, "requester");
    constituents = List.copyOf(constituents);
    members = Set.copyOf(members);
    leftOut = List.copyOf(leftOut);
  }
}
