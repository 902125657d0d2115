// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.server.call;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.mcxsec.crypto.MalformedMessageException;
import org.mcxsec.server.groups.GroupDirectory;
import org.mcxsec.server.groups.GroupRecord;
import org.mcxsec.server.regroup.ActiveRegroup;
import org.mcxsec.server.regroup.RegroupService;
import org.mcxsec.server.relay.SrtpRelay;
import org.mcxsec.signalling.AffiliationBody;
import org.mcxsec.signalling.McpttInfo;
import org.mcxsec.signalling.MediaDescription;
import org.mcxsec.signalling.MultipartBody;
import org.mcxsec.signalling.SipHeaders;
import org.mcxsec.signalling.SipMessage;
import org.mcxsec.signalling.Warning;

/**
 * The controlling MCPTT function of mcxsec (TS 24.379 10.1.1, 16; regroup.md §9.3): affiliation, group calls on
 * normal and temporary groups (set-up, late join, leave, end), the regroup MESSAGEs, floor control, and the relay
 * legs of each call. Transport-neutral: it takes {@link SipMessage}s from an authenticated user and answers with
 * one, and reaches other users through {@link Outbound}.
 *
 * <p>Rules enforced at call set-up: the group must exist (163), must not be preconfigured-use-only (167), must not
 * be a constituent of an active regroup (148); the caller must be a member (of the group, or included in T).
 * A call on T names T's security configuration in every INVITE; invitees who cannot resolve its GMK decline,
 * and only those who answer 200 get a media leg.
 *
 * <p>Thread safety: safe to share; state changes happen under one lock and messages are sent after it is
 * released.
 */
public final class CallController {
  private final GroupDirectory directory;
  private final RegroupService regroups;
  private final SrtpRelay relay;
  private final Outbound outbound;
  private final RegroupHandler regroupHandler;
  private final FloorHandler floorHandler;
  private final Map<String, Set<String>> affiliations = new HashMap<>();
  private final Map<String, GroupCall> calls = new HashMap<>();
  private final Map<String, GroupCall> callByTarget = new HashMap<>();
  /** "user Call-ID" → call. */
  private final Map<String, GroupCall> dialogs = new HashMap<>();

  public CallController(GroupDirectory directory, RegroupService regroups, SrtpRelay relay, Outbound outbound) {
    this.directory = directory;
    this.regroups = regroups;
    this.relay = relay;
    this.outbound = outbound;
    this.regroupHandler = new RegroupHandler(regroups, this);
    this.floorHandler = new FloorHandler();
  }

  /** A message to send once the lock is released. */
  record Outgoing(String user, SipMessage message) {}

  /**
   * Handles one message from {@code user} ({@code dispatcher} from its token) and returns the response to send
   * back, if the message was a request.
   */
  public Optional<SipMessage> handle(String user, boolean dispatcher, SipMessage m) {
    List<Outgoing> out = new ArrayList<>();
    Optional<SipMessage> response;
    synchronized (this) {
      response = dispatch(user, dispatcher, m, out);
    }
    for (Outgoing o : out) {
      outbound.send(o.user(), o.message());
    }
    return response;
  }

  private Optional<SipMessage> dispatch(String user, boolean dispatcher, SipMessage m, List<Outgoing> out) {
    if (!m.isRequest()) {
      onResponse(user, m);
      return Optional.empty();
    }
    try {
      switch (m.method()) {
        case "PUBLISH":
          return Optional.of(affiliate(user, m, out));
        case "INVITE":
          return Optional.of(invite(user, m, out));
        case "BYE":
          return Optional.of(bye(user, m, out));
        case "INFO":
          return Optional.of(floorHandler.handle(user, m, dialog(user, m), this, out));
        case "MESSAGE":
          return Optional.of(regroupHandler.handle(user, dispatcher, m, out));
        default:
          return Optional.of(SipMessage.responseTo(m, 405, "Method Not Allowed"));
      }
    } catch (RefusedException e) {
      return Optional.of(SipMessage.responseTo(m, e.status(), e.status() == 481 ? "Call/Transaction Does Not Exist" : "Forbidden")
          .with(SipHeaders.WARNING, e.warning().toHeader()));
    } catch (MalformedMessageException e) {
      return Optional.of(SipMessage.responseTo(m, 400, "Bad Request")
          .with(SipHeaders.WARNING, Warning.notAllowed(oneLine(e.getMessage())).toHeader()));
    }
  }

  private SipMessage affiliate(String user, SipMessage m, List<Outgoing> out)
      throws MalformedMessageException, RefusedException {
    AffiliationBody a = AffiliationBody.decode(m.body());
    if (!a.user().equals(user)) {
      throw RefusedException.forbidden(Warning.notAllowed("affiliation for another user"));
    }
    Set<String> groups = new HashSet<>();
    for (String g : a.groups()) {
      Optional<GroupRecord> r = directory.group(g);
      if (r.isPresent() && r.get().hasMember(user)) {
        groups.add(g);
      }
    }
    affiliations.put(user, groups);
    // 23.379 10.6.2.9.4: a member affiliating to a constituent of an active regroup receives the regroup now
    for (ActiveRegroup r : regroups.all()) {
      boolean viaConstituent = r.constituents().stream().anyMatch(groups::contains);
      if (r.members().contains(user) && (viaConstituent || r.constituents().isEmpty())) {
        out.add(new Outgoing(user, RegroupHandler.notification(r, user)));
      }
    }
    return SipMessage.responseTo(m, 200, "OK").withBody(SipHeaders.PIDF,
        new AffiliationBody(user, List.copyOf(groups)).encode());
  }

  /** Groups {@code user} is affiliated to. */
  synchronized Set<String> affiliations(String user) {
    return Set.copyOf(affiliations.getOrDefault(user, Set.of()));
  }

  private SipMessage invite(String user, SipMessage m, List<Outgoing> out)
      throws MalformedMessageException, RefusedException {
    MultipartBody body = MultipartBody.decode(m.contentType(), m.body());
    McpttInfo info = McpttInfo.decode(body.required(SipHeaders.MCPTT_INFO));
    MediaDescription media = MediaDescription.decode(body.required(SipHeaders.SDP));
    String target = info.requestUri();
    Optional<ActiveRegroup> t = regroups.active(target);
    Set<String> eligible;
    if (t.isPresent()) {
      eligible = t.get().members();
      if (!eligible.contains(user)) {
        throw RefusedException.forbidden(Warning.notAllowed("user is not a member of temporary group " + target));
      }
    } else {
      GroupRecord g = directory.group(target)
          .orElseThrow(() -> RefusedException.forbidden(Warning.GROUP_DOES_NOT_EXIST));
      if (g.preconfiguredUseOnly()) {
        throw RefusedException.forbidden(Warning.PRECONFIGURED_USE_ONLY_CALL);
      }
      if (regroups.regroupOf(target).isPresent()) {
        throw RefusedException.forbidden(Warning.GROUP_IS_REGROUPED);
      }
      if (!g.hasMember(user)) {
        throw RefusedException.forbidden(Warning.notAllowed("user is not a member of group " + target));
      }
      eligible = g.members();
    }
    GroupCall call = callByTarget.get(target);
    if (call == null) {
      call = new GroupCall(UUID.randomUUID().toString(), target,
          t.map(ActiveRegroup::securityConfigurationId), info.broadcast(), user, relay.open(target));
      calls.put(call.id, call);
      callByTarget.put(target, call);
      inviteOthers(call, eligible, t.isPresent(), out);
    }
    join(call, user, m.callId(), media);
    McpttInfo answer = McpttInfo.groupCall(target, call.initiator, call.broadcast);
    if (call.securityConfigurationId.isPresent()) {
      answer = answer.withSecurityConfigurationId(call.securityConfigurationId.get());
    }
    return SipMessage.responseTo(m, 200, "OK").withBody(MultipartBody.CONTENT_TYPE, MultipartBody.of(
        new MultipartBody.Part(SipHeaders.MCPTT_INFO, answer.encode()),
        new MultipartBody.Part(SipHeaders.SDP, relayMedia().encode())).encode());
  }

  private void inviteOthers(GroupCall call, Set<String> eligible, boolean temporary, List<Outgoing> out) {
    for (String member : eligible) {
      if (member.equals(call.initiator) || !outbound.isConnected(member)) {
        continue;
      }
      // a normal group call reaches affiliated members; a call on T reaches every included member
      if (!temporary && !affiliations.getOrDefault(member, Set.of()).contains(call.target)) {
        continue;
      }
      McpttInfo info = McpttInfo.groupCall(call.target, call.initiator, call.broadcast);
      if (call.securityConfigurationId.isPresent()) {
        info = info.withSecurityConfigurationId(call.securityConfigurationId.get());
      }
      SipMessage invite = SipMessage.request("INVITE", member).with(SipHeaders.CALL_ID, call.id)
          .with(SipHeaders.CSEQ, "1 INVITE").with(SipHeaders.FROM, call.initiator).with(SipHeaders.TO, member)
          .withBody(MultipartBody.CONTENT_TYPE, MultipartBody.of(
              new MultipartBody.Part(SipHeaders.MCPTT_INFO, info.encode()),
              new MultipartBody.Part(SipHeaders.SDP, relayMedia().encode())).encode());
      call.invited.put(member, call.id);
      out.add(new Outgoing(member, invite));
    }
  }

  private void join(GroupCall call, String user, String callId, MediaDescription media) {
    call.participants.put(user, callId);
    call.invited.remove(user);
    call.declined.remove(user);
    dialogs.put(user + " " + callId, call);
    call.relay.addLeg(user, new InetSocketAddress(media.address(), media.port()));
    call.floor.holder().ifPresent(call.relay::setTalker);
  }

  private void onResponse(String user, SipMessage m) {
    GroupCall call = calls.get(m.callId());
    if (call == null || !m.header(SipHeaders.CSEQ).orElse("").endsWith("INVITE") || !call.invited.containsKey(user)) {
      return;
    }
    if (m.status() == 200) {
      try {
        MultipartBody body = MultipartBody.decode(m.contentType(), m.body());
        join(call, user, m.callId(), MediaDescription.decode(body.required(SipHeaders.SDP)));
      } catch (MalformedMessageException e) {
        call.invited.remove(user);
        call.declined.put(user, "bad answer: " + oneLine(e.getMessage()));
      }
    } else if (m.status() >= 300) {
      call.invited.remove(user);
      call.declined.put(user, m.status() + " " + m.warning().map(Warning::toString).orElse(m.reason()));
    }
  }

  private SipMessage bye(String user, SipMessage m, List<Outgoing> out) throws RefusedException {
    GroupCall call = dialog(user, m);
    if (user.equals(call.initiator)) {
      end(call, user, out);
    } else {
      leave(call, user, out);
      if (call.participants.isEmpty()) {
        end(call, user, out);
      }
    }
    return SipMessage.responseTo(m, 200, "OK");
  }

  private void leave(GroupCall call, String user, List<Outgoing> out) {
    String callId = call.participants.remove(user);
    dialogs.remove(user + " " + callId);
    call.relay.removeLeg(user);
    Optional<String> before = call.floor.holder();
    Optional<String> after = call.floor.retain(call.participants.keySet());
    if (!before.equals(after)) {
      floorHandler.announce(call, after, out);
    }
  }

  /** Ends {@code call}: BYE to every participant but {@code by}, relay legs removed. */
  void end(GroupCall call, String by, List<Outgoing> out) {
    for (Map.Entry<String, String> p : call.participants.entrySet()) {
      dialogs.remove(p.getKey() + " " + p.getValue());
      if (!p.getKey().equals(by)) {
        out.add(new Outgoing(p.getKey(), SipMessage.request("BYE", p.getKey()).with(SipHeaders.CALL_ID, p.getValue())
            .with(SipHeaders.CSEQ, "2 BYE").with(SipHeaders.FROM, by)));
      }
    }
    call.participants.clear();
    call.relay.close();
    calls.remove(call.id);
    callByTarget.remove(call.target, call);
  }

  /** The call on {@code target}, if one is running (used when a regroup is removed). */
  Optional<GroupCall> callOn(String target) {
    return Optional.ofNullable(callByTarget.get(target));
  }

  private GroupCall dialog(String user, SipMessage m) throws RefusedException {
    GroupCall call = dialogs.get(user + " " + m.callId());
    if (call == null) {
      throw new RefusedException(481, Warning.notAllowed("no call with Call-ID " + m.callId()));
    }
    return call;
  }

  /** Every call now running. */
  public synchronized List<CallSnapshot> calls() {
    return calls.values().stream().map(GroupCall::snapshot).toList();
  }

  /** The call on {@code target}, if any. */
  public synchronized Optional<CallSnapshot> call(String target) {
    return Optional.ofNullable(callByTarget.get(target)).map(GroupCall::snapshot);
  }

  MediaDescription relayMedia() {
    InetSocketAddress a = relay.localAddress();
    return new MediaDescription(a.getAddress().getHostAddress(), a.getPort());
  }

  Outbound outbound() {
    return outbound;
  }

  static String oneLine(String s) {
    return s == null ? "" : s.replace('\n', ' ').replace('\r', ' ').replace('"', '\'');
  }
}
