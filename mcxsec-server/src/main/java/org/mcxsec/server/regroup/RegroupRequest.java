// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.server.regroup;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A request to create temporary group {@code temporaryGroupId}.
 *
 * @param requester the user asking (must be authorised: a dispatcher)
 * @param requesterIsDispatcher whether the requester's token says it may regroup
 * @param temporaryGroupId T
 * @param kind which regroup
 * @param groups the constituent groups (group regroups)
 * @param users the users (user regroups)
 * @param preconfiguredGroup P (preconfigured regroups)
 */
public record RegroupRequest(String requester, boolean requesterIsDispatcher, String temporaryGroupId,
    RegroupKind kind, List<String> groups, List<String> users, Optional<String> preconfiguredGroup) {
  public RegroupRequest {
    Objects.requireNonNull(requester, "requester");
    Objects.requireNonNull(temporaryGroupId, "temporaryGroupId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(preconfiguredGroup, "preconfiguredGroup");
    groups = List.copyOf(groups);
    users = List.copyOf(users);
    if (kind.usesPreconfiguredGroup() != preconfiguredGroup.isPresent()) {
      throw new IllegalArgumentException(kind + " " + (preconfiguredGroup.isPresent() ? "takes no" : "needs a")
          + " preconfigured group");
    }
    if (kind.regroupsGroups() ? groups.isEmpty() || !users.isEmpty() : users.isEmpty() || !groups.isEmpty()) {
      throw new IllegalArgumentException(kind + " needs " + (kind.regroupsGroups() ? "groups" : "users")
          + " and only those");
    }
  }
}
