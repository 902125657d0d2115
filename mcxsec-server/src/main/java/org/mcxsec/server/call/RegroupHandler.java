// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.server.call;

import java.util.List;
import org.mcxsec.crypto.MalformedMessageException;
import org.mcxsec.server.regroup.ActiveRegroup;
import org.mcxsec.server.regroup.RegroupKind;
import org.mcxsec.server.regroup.RegroupRequest;
import org.mcxsec.server.regroup.RegroupService;
import org.mcxsec.signalling.RegroupBody;
import org.mcxsec.signalling.SipHeaders;
import org.mcxsec.signalling.SipMessage;

/**
 * The regroup MESSAGEs (TS 24.379 16.1, F.7 body): create and remove requests from a dispatcher, answered with
 * the named security configuration and the members left out; then a MESSAGE to every included member carrying
 * T, the constituents and the configuration (the regroup notification). Removal also ends a call on T.
 * Runs under {@link CallController}'s lock.
 */
final class RegroupHandler {
  private final RegroupService regroups;
  private final CallController calls;

  RegroupHandler(RegroupService regroups, CallController calls) {
    this.regroups = regroups;
    this.calls = calls;
  }

  SipMessage handle(String user, boolean dispatcher, SipMessage m, List<CallController.Outgoing> out)
      throws MalformedMessageException, RefusedException {
    if (!m.contentType().equalsIgnoreCase(SipHeaders.MCPTT_REGROUP)) {
      return SipMessage.responseTo(m, 415, "Unsupported Media Type");
    }
    RegroupBody body = RegroupBody.decode(m.body());
    if (body.action() == RegroupBody.RegroupAction.REMOVE) {
      ActiveRegroup r = regroups.remove(user, dispatcher, body.regroupUri());
      calls.callOn(r.temporaryGroupId()).ifPresent(c -> calls.end(c, user, out));
      for (String member : r.members()) {
        if (!member.equals(user)) {
          out.add(new CallController.Outgoing(member, message(member, removal(r))));
        }
      }
      return SipMessage.responseTo(m, 200, "OK").withBody(SipHeaders.MCPTT_REGROUP, removal(r).encode());
    }
    RegroupKind kind = body.preconfiguredGroup().isPresent()
        ? (body.groups().isEmpty() ? RegroupKind.PRECONFIGURED_USER_REGROUP : RegroupKind.PRECONFIGURED_GROUP_REGROUP)
        : (body.groups().isEmpty() ? RegroupKind.USER_REGROUP : RegroupKind.GROUP_REGROUP);
    RegroupRequest request;
    try {
      request = new RegroupRequest(user, dispatcher, body.regroupUri(), kind, body.groups(), body.users(),
          body.preconfiguredGroup());
    } catch (IllegalArgumentException e) {
      throw new MalformedMessageException("regroup request: " + e.getMessage());
    }
    ActiveRegroup r = regroups.create(request);
    for (String member : r.members()) {
      if (!member.equals(user)) {
        out.add(new CallController.Outgoing(member, notification(r, member)));
      }
    }
    return SipMessage.responseTo(m, 200, "OK").withBody(SipHeaders.MCPTT_REGROUP,
        created(r).withSecurityConfiguration(r.securityConfigurationId(), r.leftOut()).encode());
  }

  /** The regroup notification MESSAGE for {@code member}. */
  static SipMessage notification(ActiveRegroup r, String member) {
    return message(member, created(r).withSecurityConfiguration(r.securityConfigurationId(), List.of()));
  }

  private static RegroupBody created(ActiveRegroup r) {
    RegroupBody b = r.kind().regroupsGroups() ? RegroupBody.createGroupRegroup(r.temporaryGroupId(), r.constituents())
        : RegroupBody.createUserRegroup(r.temporaryGroupId(), List.copyOf(r.members()));
    return r.preconfiguredGroup().isPresent() ? b.withPreconfiguredGroup(r.preconfiguredGroup().get()) : b;
  }

  private static RegroupBody removal(ActiveRegroup r) {
    RegroupBody b = RegroupBody.remove(r.temporaryGroupId());
    return r.preconfiguredGroup().isPresent() ? b.withPreconfiguredGroup(r.preconfiguredGroup().get()) : b;
  }

  private static SipMessage message(String member, RegroupBody body) {
    return SipMessage.request("MESSAGE", member).with(SipHeaders.CALL_ID, "regroup-" + body.regroupUri())
        .with(SipHeaders.CSEQ, "1 MESSAGE").withBody(SipHeaders.MCPTT_REGROUP, body.encode());
  }

}
