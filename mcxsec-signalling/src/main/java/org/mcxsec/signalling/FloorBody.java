// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.signalling;

import java.util.Objects;
import java.util.Optional;
import org.mcxsec.crypto.MalformedMessageException;
import org.w3c.dom.Element;

/**
 * A floor-control message carried in an INFO request on the call's Call-ID. The message names are those of
 * TS 24.380 clause 8.2 (Floor Request, Floor Granted, Floor Deny, Floor Release, Floor Idle, Floor Taken, Floor
 * Queue Position Info); 24.380 carries them as RTCP APP packets on the media plane, which this body stands in
 * for.
 *
 * @param message the floor message
 * @param user the requester, or the new holder for Granted / Taken
 * @param queuePosition the position in the queue for Queue Position Info, else 0
 * @param reason why a request was denied, if it was
 */
public record FloorBody(FloorMessage message, String user, int queuePosition, Optional<String> reason) {
  static final String NS = "urn:mcxsec:ns:floor:1.0";

  /** The TS 24.380 floor messages. */
  public enum FloorMessage {
    REQUEST("Floor Request"), GRANTED("Floor Granted"), DENY("Floor Deny"), RELEASE("Floor Release"),
    IDLE("Floor Idle"), TAKEN("Floor Taken"), QUEUE_POSITION_INFO("Floor Queue Position Info");

    private final String wire;

    FloorMessage(String wire) {
      this.wire = wire;
    }

    public String wire() {
      return wire;
    }

    static FloorMessage fromWire(String s) throws MalformedMessageException {
      for (FloorMessage m : values()) {
        if (m.wire.equals(s)) {
          return m;
        }
      }
      throw new MalformedMessageException("floor message '" + s + "' is not one of the 24.380 names");
    }
  }

  public FloorBody {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(reason, "reason");
    if (queuePosition < 0) {
      throw new IllegalArgumentException("queue position " + queuePosition + " is negative");
    }
  }

  public static FloorBody of(FloorMessage message, String user) {
    return new FloorBody(message, user, 0, Optional.empty());
  }

  public String encode() {
    StringBuilder b = new StringBuilder(160);
    b.append("<floor xmlns=\"").append(NS).append("\" message=\"").append(message.wire()).append("\" user=\"")
        .append(XmlBodies.escape(user)).append('"');
    if (queuePosition > 0) {
      b.append(" queue-position=\"").append(queuePosition).append('"');
    }
    reason.ifPresent(r -> b.append(" reason=\"").append(XmlBodies.escape(r)).append('"'));
    return b.append("/>").toString();
  }

  /** @throws MalformedMessageException naming the bad attribute */
  public static FloorBody decode(String xml) throws MalformedMessageException {
    Element e = XmlBodies.parse(xml, NS, "floor");
    FloorMessage m = FloorMessage.fromWire(e.getAttribute("message"));
    String pos = e.getAttribute("queue-position");
    int p = 0;
    if (!pos.isEmpty()) {
      if (!pos.matches("\\d{1,5}")) {
        throw new MalformedMessageException("floor queue-position '" + pos + "' is not a number below 100000");
      }
      p = Integer.parseInt(pos);
    }
    String reason = e.getAttribute("reason");
    return new FloorBody(m, e.getAttribute("user"), p, reason.isEmpty() ? Optional.empty() : Optional.of(reason));
  }
}
