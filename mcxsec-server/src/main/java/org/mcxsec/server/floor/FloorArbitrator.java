// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.server.floor;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Floor control of one call (TS 24.380 6.3, the floor control server): one talker at a time; further requests
 * queue in arrival order; a release grants the floor to the head of the queue. In a broadcast call
 * (23.379 10.6.2.5, 10.6.2.11) only the initiator may talk; every other request is denied.
 *
 * <p>The SRTP relay forwards only the holder's packets, so this decision is what lets media through.
 *
 * <p>Thread safety: safe to share; every method is synchronised.
 */
public final class FloorArbitrator {
  /** Longest queue kept; later requests are denied. */
  public static final int MAX_QUEUE = 1024;

  private final boolean broadcast;
  private final String initiator;
  private final Deque<String> queue = new ArrayDeque<>();
  private String holder;

  /** Floor of a call started by {@code initiator}; {@code broadcast} restricts talking to the initiator. */
  public FloorArbitrator(String initiator, boolean broadcast) {
    this.initiator = Objects.requireNonNull(initiator, "initiator");
    this.broadcast = broadcast;
  }

  /** Floor Request from {@code user}. */
  public synchronized FloorDecision request(String user) {
    if (broadcast && !user.equals(initiator)) {
      return FloorDecision.denied("broadcast call: only the initiator " + initiator + " talks");
    }
    if (holder == null || holder.equals(user)) {
      holder = user;
      queue.remove(user);
      return FloorDecision.granted();
    }
    if (!queue.contains(user)) {
      if (queue.size() == MAX_QUEUE) {
        return FloorDecision.denied("floor queue is full (" + MAX_QUEUE + ")");
      }
      queue.addLast(user);
    }
    return FloorDecision.queued(position(user));
  }

  /**
   * Floor Release from {@code user} (or {@code user} left the call): if it held the floor the head of the queue
   * gets it; a queued user leaves the queue.
   *
   * @return the new holder, or empty when the floor is idle
   */
  public synchronized Optional<String> release(String user) {
    queue.remove(user);
    if (user.equals(holder)) {
      holder = queue.pollFirst();
    }
    return Optional.ofNullable(holder);
  }

  /** Drops users who are no longer in the call. */
  public synchronized Optional<String> retain(Set<String> participants) {
    queue.removeIf(u -> !participants.contains(u));
    if (holder != null && !participants.contains(holder)) {
      holder = queue.pollFirst();
    }
    return Optional.ofNullable(holder);
  }

  /** The current talker. */
  public synchronized Optional<String> holder() {
    return Optional.ofNullable(holder);
  }

  public boolean isBroadcast() {
    return broadcast;
  }

  private int position(String user) {
    int i = 1;
    for (String u : queue) {
      if (u.equals(user)) {
        return i;
      }
      i++;
    }
    return 0;
  }
}
