// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.server.call;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.mcxsec.server.floor.FloorArbitrator;
import org.mcxsec.server.relay.RelaySession;

/**
 * One group call at the controlling function: the group (or temporary group) it is on, the security
 * configuration named for a temporary group, its participants with the Call-ID of each one's dialog, its floor
 * and its relay session. Guarded by {@link CallController}'s lock.
 */
final class GroupCall {
  final String id;
  final String target;
  final Optional<String> securityConfigurationId;
  final boolean broadcast;
  final String initiator;
  final FloorArbitrator floor;
  final RelaySession relay;
  /** user → the Call-ID of that user's dialog with the server. */
  final Map<String, String> participants = new LinkedHashMap<>();
  /** user → Call-ID of an INVITE sent and not yet answered. */
  final Map<String, String> invited = new LinkedHashMap<>();
  /** user → why it declined. */
  final Map<String, String> declined = new LinkedHashMap<>();

  GroupCall(String id, String target, Optional<String> securityConfigurationId, boolean broadcast,
      String initiator, RelaySession relay) {
    this.id = Objects.requireNonNull(id, "id");
    this.target = target;
    this.securityConfigurationId = securityConfigurationId;
    this.broadcast = broadcast;
    this.initiator = initiator;
    this.floor = new FloorArbitrator(initiator, broadcast);
    this.relay = relay;
  }

  CallSnapshot snapshot() {
    return new CallSnapshot(id, target, securityConfigurationId, broadcast, initiator,
        participants.keySet(), floor.holder(), declined, invited.size());
  }
}
