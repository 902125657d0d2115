// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.server.call;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A view of a group call for status and tests.
 *
 * @param callId the server's call identity
 * @param target the group or temporary group the call is on
 * @param securityConfigurationId the configuration named for a call on a temporary group
 * @param broadcast only the initiator talks
 * @param initiator who started it
 * @param participants who is in it (has answered and has a media leg)
 * @param floorHolder the current talker
 * @param declined invitees who refused, with their reason
 * @param invitedPending invitees who have not answered yet
 */
public record CallSnapshot(String callId, String target, Optional<String> securityConfigurationId,
    boolean broadcast, String initiator, Set<String> participants, Optional<String> floorHolder,
    Map<String, String> declined, int invitedPending) {
  public CallSnapshot {
    participants = Set.copyOf(participants);
    declined = Map.copyOf(declined);
  }
}
