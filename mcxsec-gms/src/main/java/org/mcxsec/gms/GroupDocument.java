// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.gms;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.mcxsec.crypto.Bytes;

/**
 * One member's view of one group (TS 24.481 {@code <list-service>}; regroup.md §5.2-5.3): the members, whether
 * the group is a preconfigured template, the constituents of a temporary group, and the member's own GKTPs —
 * its I_MESSAGEs for the group's live GMKs, and for each temporary group this group is regrouped into, those of
 * the security configuration named for it.
 *
 * @param constituents for a temporary group, its constituent group IDs (else empty)
 */
public record GroupDocument(String groupId, GroupKind kind, boolean temporary, List<String> members,
    List<String> constituents, List<Gktp> gktps, List<RegroupedGktps> regrouped) {
  public GroupDocument {
    Objects.requireNonNull(groupId, "groupId");
    members = List.copyOf(members);
    constituents = List.copyOf(constituents);
    gktps = List.copyOf(gktps);
    regrouped = List.copyOf(regrouped);
  }

  /** {@code <GKTP id activationtime>}: one I_MESSAGE (GMK-ID as the id). */
  public record Gktp(String id, Instant activationTime, Bytes iMessage) {}

  /** {@code <on-network-regrouped-GKTPs temporary-MCPTT-group-ID>}. */
  public record RegroupedGktps(String temporaryGroupId, List<Gktp> gktps) {
    public RegroupedGktps {
      gktps = List.copyOf(gktps);
    }
  }
}
