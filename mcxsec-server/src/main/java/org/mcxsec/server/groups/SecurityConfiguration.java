// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.server.groups;

import java.util.Objects;
import java.util.Set;

/**
 * A predefined group security configuration: a group identity whose GMKs the GMS delivers in advance to every user
 * who may take part in a temporary group call protected by it (design §1). A preconfigured group is one too:
 * a regroup with it uses its own configuration.
 *
 * @param id the configuration's group ID
 * @param holders users who hold its current GMKs now
 * @param entitled users the GMS may deliver it to on demand (holders are entitled too)
 * @param preconfiguredGroup whether this is a preconfigured group (24.379 16.1)
 */
public record SecurityConfiguration(String id, Set<String> holders, Set<String> entitled,
    boolean preconfiguredGroup) {
  public SecurityConfiguration {
    Objects.requireNonNull(id, "id");
    holders = Set.copyOf(holders);
    entitled = Set.copyOf(entitled);
  }

  public boolean holds(String user) {
    return holders.contains(user);
  }

  /** Holds it or may receive it. */
  public boolean mayHold(String user) {
    return holders.contains(user) || entitled.contains(user);
  }
}
