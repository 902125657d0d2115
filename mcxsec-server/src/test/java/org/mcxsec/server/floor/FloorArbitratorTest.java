// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.server.floor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mcxsec.server.floor.FloorDecision.Outcome;

class FloorArbitratorTest {
  @Test
  void request_idleFloor_isGranted() {
    FloorArbitrator f = new FloorArbitrator("a", false);
    assertEquals(Outcome.GRANTED, f.request("b").outcome());
    assertEquals(Optional.of("b"), f.holder());
  }

  @Test
  void request_takenFloor_queuesInArrivalOrder() {
    FloorArbitrator f = new FloorArbitrator("a", false);
    f.request("a");
    assertEquals(new FloorDecision(Outcome.QUEUED, 1, ""), f.request("b"));
    assertEquals(new FloorDecision(Outcome.QUEUED, 2, ""), f.request("c"));
    assertEquals(new FloorDecision(Outcome.QUEUED, 1, ""), f.request("b"), "asking again keeps the place");
  }

  @Test
  void release_byHolder_grantsTheHeadOfTheQueue() {
    FloorArbitrator f = new FloorArbitrator("a", false);
    f.request("a");
    f.request("b");
    f.request("c");
    assertEquals(Optional.of("b"), f.release("a"));
    assertEquals(Optional.of("c"), f.release("b"));
    assertEquals(Optional.empty(), f.release("c"));
  }

  @Test
  void release_byQueuedUser_leavesTheHolder() {
    FloorArbitrator f = new FloorArbitrator("a", false);
    f.request("a");
    f.request("b");
    assertEquals(Optional.of("a"), f.release("b"));
    assertEquals(Optional.empty(), f.release("a"));
  }

  @Test
  void request_broadcastCall_onlyTheInitiatorIsGranted() {
    FloorArbitrator f = new FloorArbitrator("a", true);
    assertEquals(new FloorDecision(Outcome.DENIED, 0, "broadcast call: only the initiator a talks"), f.request("b"));
    assertEquals(Optional.empty(), f.holder());
    assertEquals(Outcome.GRANTED, f.request("a").outcome());
  }

  @Test
  void retain_holderLeft_passesTheFloorOn() {
    FloorArbitrator f = new FloorArbitrator("a", false);
    f.request("a");
    f.request("b");
    f.request("c");
    assertEquals(Optional.of("c"), f.retain(Set.of("c")));
  }
}
