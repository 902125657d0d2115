// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.server.groups;

import java.util.Objects;
import java.util.Set;

/**
 * A group as the call server sees it (TS 24.481 group document, the parts call control uses).
 *
 * @param id the MCPTT group ID
 * @param members the MC service user IDs of its members
 * @param preconfiguredUseOnly {@code <preconfigured-group-use-only>}: a template for regroups; no call may be
 *     started on it (24.379 10.1.1.2.1.1)
 */
public record GroupRecord(String id, Set<String> members, boolean preconfiguredUseOnly) {
  public GroupRecord {
    Objects.requireNonNull(id, "id");
    members = Set.copyOf(members);
  }

  public boolean hasMember(String user) {
    return members.contains(user);
  }
}
