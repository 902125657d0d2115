// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.server.call;

import java.util.List;
import java.util.Optional;
import org.mcxsec.crypto.MalformedMessageException;
import org.mcxsec.server.floor.FloorDecision;
import org.mcxsec.signalling.FloorBody;
import org.mcxsec.signalling.FloorBody.FloorMessage;
import org.mcxsec.signalling.SipHeaders;
import org.mcxsec.signalling.SipMessage;

/**
 * Floor-control INFO requests (TS 24.380 message names): Floor Request is answered in the 200 with Floor Granted,
 * Floor Queue Position Info or Floor Deny; others learn the new talker through Floor Taken, or Floor Idle. The
 * relay forwards only the holder's packets. Runs under {@link CallController}'s lock.
 */
final class FloorHandler {
  SipMessage handle(String user, SipMessage m, GroupCall call, CallController calls,
      List<CallController.Outgoing> out) throws MalformedMessageException {
    FloorBody f = FloorBody.decode(m.body());
    FloorBody answer;
    if (f.message() == FloorMessage.REQUEST) {
      Optional<String> before = call.floor.holder();
      FloorDecision d = call.floor.request(user);
      switch (d.outcome()) {
        case GRANTED -> {
          answer = FloorBody.of(FloorMessage.GRANTED, user);
          if (!before.equals(Optional.of(user))) {
            call.relay.setTalker(user);
            taken(call, user, out);
          }
        }
        case QUEUED -> answer = new FloorBody(FloorMessage.QUEUE_POSITION_INFO, user, d.queuePosition(),
            Optional.empty());
        default -> answer = new FloorBody(FloorMessage.DENY, user, 0, Optional.of(d.reason()));
      }
    } else if (f.message() == FloorMessage.RELEASE) {
      Optional<String> before = call.floor.holder();
      Optional<String> after = call.floor.release(user);
      if (!before.equals(after)) {
        announce(call, after, out);
      }
      answer = FloorBody.of(FloorMessage.IDLE, after.orElse(""));
    } else {
      return SipMessage.responseTo(m, 400, "Bad Request");
    }
    return SipMessage.responseTo(m, 200, "OK").withBody(SipHeaders.FLOOR, answer.encode());
  }

  /** Tells everyone the floor changed to {@code holder} (Granted to it, Taken to others) or became idle. */
  void announce(GroupCall call, Optional<String> holder, List<CallController.Outgoing> out) {
    call.relay.setTalker(holder.orElse(null));
    if (holder.isEmpty()) {
      for (var p : call.participants.entrySet()) {
        out.add(new CallController.Outgoing(p.getKey(), info(p.getValue(), p.getKey(), FloorBody.of(FloorMessage.IDLE, ""))));
      }
      return;
    }
    String h = holder.get();
    String callId = call.participants.get(h);
    if (callId != null) {
      out.add(new CallController.Outgoing(h, info(callId, h, FloorBody.of(FloorMessage.GRANTED, h))));
    }
    taken(call, h, out);
  }

  private static void taken(GroupCall call, String holder, List<CallController.Outgoing> out) {
    for (var p : call.participants.entrySet()) {
      if (!p.getKey().equals(holder)) {
        out.add(new CallController.Outgoing(p.getKey(), info(p.getValue(), p.getKey(),
            FloorBody.of(FloorMessage.TAKEN, holder))));
      }
    }
  }

  private static SipMessage info(String callId, String to, FloorBody body) {
    return SipMessage.request("INFO", to).with(SipHeaders.CALL_ID, callId).with(SipHeaders.CSEQ, "3 INFO")
        .withBody(SipHeaders.FLOOR, body.encode());
  }
}
