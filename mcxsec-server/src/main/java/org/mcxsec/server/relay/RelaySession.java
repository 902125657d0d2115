// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.server.relay;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The relay state of one call: its participants' media addresses (legs) and which of them holds the floor.
 * Changes replace an immutable array, which the relay thread reads without locking.
 *
 * <p>Thread safety: safe to share; changes are serialised.
 */
public final class RelaySession implements AutoCloseable {
  /** One participant's media address in this call. */
  record Leg(String user, InetSocketAddress address, RelaySession session) {}

  private static final Leg[] NONE = new Leg[0];
  private final String callId;
  private final SrtpRelay relay;
  private volatile Leg[] legs = NONE;
  private volatile Leg talker;

  RelaySession(String callId, SrtpRelay relay) {
    this.callId = Objects.requireNonNull(callId, "callId");
    this.relay = relay;
  }

  public String callId() {
    return callId;
  }

  /** Adds (or moves) {@code user}'s leg: it receives at, and sends from, {@code address}. */
  public synchronized void addLeg(String user, InetSocketAddress address) {
    removeLeg(user);
    Leg leg = new Leg(user, address, this);
    List<Leg> l = new ArrayList<>(List.of(legs));
    l.add(leg);
    legs = l.toArray(NONE);
    relay.register(address, leg);
  }

  /** Removes {@code user}'s leg, if any. */
  public synchronized void removeLeg(String user) {
    List<Leg> l = new ArrayList<>(List.of(legs));
    for (Leg x : legs) {
      if (x.user().equals(user)) {
        l.remove(x);
        relay.unregister(x.address(), x);
        if (talker == x) {
          talker = null;
        }
      }
    }
    legs = l.toArray(NONE);
  }

  /** Only {@code user}'s packets are forwarded from now on; {@code null} forwards nothing (floor idle). */
  public synchronized void setTalker(String user) {
    Leg t = null;
    for (Leg x : legs) {
      if (x.user().equals(user)) {
        t = x;
      }
    }
    talker = t;
  }

  /** Users with a leg. */
  public List<String> users() {
    List<String> u = new ArrayList<>();
    for (Leg x : legs) {
      u.add(x.user());
    }
    return u;
  }

  Leg[] legs() {
    return legs;
  }

  Leg talker() {
    return talker;
  }

  /** Removes every leg. */
  @Override
  public synchronized void close() {
    for (Leg x : legs) {
      relay.unregister(x.address(), x);
    }
    legs = NONE;
    talker = null;
  }
}
