// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.client;

import java.io.IOException;
import java.util.Optional;
import org.mcxsec.client.media.CallStats;
import org.mcxsec.client.media.MediaSession;
import org.mcxsec.crypto.McxException;
import org.mcxsec.crypto.PolicyException;
import org.mcxsec.signalling.FloorBody;

/**
 * This client's side of one group call: the group (or temporary group) it is on, the group identity whose GMKs
 * protect it, the floor as last announced, and the media session with its counters.
 *
 * <p>Thread safety: safe to share.
 */
public final class ClientCall {
  private final McxClient client;
  private final String callId;
  private final String target;
  private final Optional<String> securityConfigurationId;
  private final boolean broadcast;
  private final MediaSession media;
  private volatile Optional<String> floorHolder = Optional.empty();
  private volatile boolean ended;

  ClientCall(McxClient client, String callId, String target, Optional<String> securityConfigurationId,
      boolean broadcast, MediaSession media) {
    this.client = client;
    this.callId = callId;
    this.target = target;
    this.securityConfigurationId = securityConfigurationId;
    this.broadcast = broadcast;
    this.media = media;
  }

  public String callId() {
    return callId;
  }

  /** The group or temporary group the call is on. */
  public String target() {
    return target;
  }

  /** The group identity whose GMKs protect the call: the group itself, or T's security configuration. */
  public String keyGroup() {
    return media.keyGroup();
  }

  public Optional<String> securityConfigurationId() {
    return securityConfigurationId;
  }

  public boolean broadcast() {
    return broadcast;
  }

  /**
   * Floor Request (TS 24.380): the server's answer.
   *
   * @throws IOException if the server did not answer
   */
  public FloorBody requestFloor() throws IOException, McxException {
    FloorBody f = client.floor(this, FloorBody.FloorMessage.REQUEST);
    if (f.message() == FloorBody.FloorMessage.GRANTED) {
      floorHolder = Optional.of(client.user());
    }
    return f;
  }

  /** Floor Release. */
  public void releaseFloor() throws IOException, McxException {
    client.floor(this, FloorBody.FloorMessage.RELEASE);
    if (floorHolder.equals(Optional.of(client.user()))) {
      floorHolder = Optional.empty();
    }
  }

  /**
   * Sends one media packet (the floor must be held, or the relay drops it).
   *
   * @return the GMK-ID that protected it
   */
  public int sendPacket() throws PolicyException, IOException {
    if (ended) {
      throw new PolicyException("call " + callId + " on " + target + " has ended");
    }
    return media.sendOne();
  }

  /** Leaves the call (BYE); the initiator's BYE ends it for everyone. */
  public void leave() throws IOException {
    client.leave(this);
  }

  public CallStats stats() {
    return media.stats();
  }

  public MediaSession media() {
    return media;
  }

  public Optional<String> floorHolder() {
    return floorHolder;
  }

  void floorHolder(Optional<String> h) {
    floorHolder = h;
  }

  public boolean ended() {
    return ended;
  }

  void end() {
    ended = true;
    media.close();
  }

  @Override
  public String toString() {
    return "ClientCall[" + target + ", key group " + keyGroup() + (ended ? ", ended" : "") + "]";
  }
}
