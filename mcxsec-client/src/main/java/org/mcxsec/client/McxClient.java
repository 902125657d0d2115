// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.client;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.mcxsec.client.media.MediaProtection;
import org.mcxsec.client.media.MediaSession;
import org.mcxsec.crypto.MalformedMessageException;
import org.mcxsec.crypto.McxException;
import org.mcxsec.crypto.PolicyException;
import org.mcxsec.signalling.AffiliationBody;
import org.mcxsec.signalling.FloorBody;
import org.mcxsec.signalling.McpttInfo;
import org.mcxsec.signalling.MediaDescription;
import org.mcxsec.signalling.MultipartBody;
import org.mcxsec.signalling.RegroupBody;
import org.mcxsec.signalling.SipHeaders;
import org.mcxsec.signalling.SipMessage;
import org.mcxsec.signalling.Warning;

/**
 * An MCX client (design §1): connects to the call server with its access token, affiliates, makes and answers
 * group calls, follows regroups, and protects its media with the GMK the call resolves to. The entry point of
 * the SDK.
 *
 * <pre>
 *   McxClient alice = McxClient.connect(URI.create("ws://127.0.0.1:8080/mcptt/ws"), "sip:alice@…", token, gmks,
 *       protection, Clock.systemUTC());
 *   alice.affiliate(List.of("sip:g1@…"));
 *   ClientCall call = alice.call("sip:g1@…", false);
 *   call.requestFloor();
 *   call.sendPacket();
 * </pre>
 *
 * Incoming INVITEs are answered automatically (automatic commencement mode) when the client can resolve the
 * call's GMK; otherwise they are declined with 488 and a warning naming the missing key, so the server sends
 * this client no media it cannot decrypt.
 *
 * <p>Thread safety: safe to share.
 */
public final class McxClient implements AutoCloseable {
  private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
  private final String user;
  private final GmkTable gmks;
  private final RegroupTable regroups = new RegroupTable();
  private final KeyResolver resolver;
  private final MediaProtection protection;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();
  private final Map<String, ClientCall> calls = new ConcurrentHashMap<>();
  private final SignallingConnection connection;
  private final ClientRuntime ownRuntime;
  private volatile Consumer<ClientCall> onCall = c -> { };
  private volatile Consumer<RegroupBody> onRegroup = b -> { };

  private McxClient(ClientRuntime runtime, boolean ownsRuntime, String user, GmkTable gmks,
      MediaProtection protection, Clock clock, URI server, String token) throws IOException {
    this.user = user;
    this.gmks = gmks;
    this.protection = protection;
    this.clock = clock;
    this.resolver = new KeyResolver(gmks, regroups, clock);
    this.ownRuntime = ownsRuntime ? runtime : null;
    this.connection = SignallingConnection.open(runtime, server, token, this::onRequest);
  }

  /** Connects {@code user} to the call server's WebSocket at {@code server} with its bearer {@code token}. */
  public static McxClient connect(URI server, String user, String token, GmkTable gmks, MediaProtection protection,
      Clock clock) throws IOException {
    ClientRuntime runtime = new ClientRuntime(2);
    try {
      return new McxClient(runtime, true, user, gmks, protection, clock, server, token);
    } catch (IOException | RuntimeException e) {
      runtime.close();
      throw e;
    }
  }

  /** Like {@link #connect(URI, String, String, GmkTable, MediaProtection, Clock)}, sharing {@code runtime}. */
  public static McxClient connect(ClientRuntime runtime, URI server, String user, String token, GmkTable gmks,
      MediaProtection protection, Clock clock) throws IOException {
    return new McxClient(runtime, false, user, gmks, protection, clock, server, token);
  }

  public String user() {
    return user;
  }

  public GmkTable gmks() {
    return gmks;
  }

  public RegroupTable regroups() {
    return regroups;
  }

  public KeyResolver resolver() {
    return resolver;
  }

  /** Called for every incoming call this client accepted. */
  public void onCall(Consumer<ClientCall> c) {
    onCall = c;
  }

  /** Called for every regroup MESSAGE (create or remove) this client received and applied. */
  public void onRegroup(Consumer<RegroupBody> c) {
    onRegroup = c;
  }

  /** The call on {@code target} this client is in. */
  public Optional<ClientCall> call(String target) {
    return calls.values().stream().filter(c -> c.target().equals(target) && !c.ended()).findFirst();
  }

  /** Why the signalling connection closed, once it has. */
  public java.util.concurrent.CompletableFuture<String> closed() {
    return connection.closed();
  }

  /**
   * Affiliates to exactly {@code groups} (TS 24.379 9.2.2).
   *
   * @return the groups the server accepted
   */
  public List<String> affiliate(List<String> groups) throws IOException, McxException {
    SipMessage r = request(SipMessage.request("PUBLISH", user).with(SipHeaders.CALL_ID, "affiliation-" + user)
        .with(SipHeaders.CSEQ, connection.nextCseq("PUBLISH")).with(SipHeaders.EVENT, "presence")
        .withBody(SipHeaders.PIDF, new AffiliationBody(user, groups).encode()), "affiliation");
    return AffiliationBody.decode(r.body()).groups();
  }

  /**
   * Starts (or joins, if one is running) a group call on {@code target}, a group or a temporary group.
   *
   * @throws RefusedByServerException with the server's warning, e.g. 148 for a regrouped group
   * @throws PolicyException if this client holds no active GMK for the call
   */
  public ClientCall call(String target, boolean broadcast) throws IOException, McxException {
    String callId = UUID.randomUUID().toString();
    // a client never starts a call it could not protect
    resolver.resolve(target, Optional.empty());
    MediaSession media = new MediaSession(user, resolver.keyGroupOf(target, Optional.empty()), gmks, protection,
        clock, LOOPBACK, random);
    try {
      SipMessage invite = SipMessage.request("INVITE", target).with(SipHeaders.CALL_ID, callId)
          .with(SipHeaders.CSEQ, connection.nextCseq("INVITE")).with(SipHeaders.FROM, user)
          .withBody(MultipartBody.CONTENT_TYPE, MultipartBody.of(
              new MultipartBody.Part(SipHeaders.MCPTT_INFO, McpttInfo.groupCall(target, user, broadcast).encode()),
              new MultipartBody.Part(SipHeaders.SDP, sdp(media))).encode());
      SipMessage r = request(invite, "call on " + target);
      MultipartBody body = MultipartBody.decode(r.contentType(), r.body());
      McpttInfo info = McpttInfo.decode(body.required(SipHeaders.MCPTT_INFO));
      if (!resolver.keyGroupOf(target, info.securityConfigurationId()).equals(media.keyGroup())) {
        throw new PolicyException("the server named security configuration "
            + info.securityConfigurationId().orElse("(none)") + " for " + target + "; this client resolved "
            + media.keyGroup());
      }
      media.relay(relayAddress(MediaDescription.decode(body.required(SipHeaders.SDP))));
      ClientCall call = new ClientCall(this, callId, target, info.securityConfigurationId(), info.broadcast(), media);
      calls.put(callId, call);
      return call;
    } catch (IOException | McxException | RuntimeException e) {
      media.close();
      throw e;
    }
  }

  /**
   * Sends a regroup request (F.7 body) and returns the server's answer: the named security configuration and
   * the members left out.
   */
  public RegroupBody regroup(RegroupBody request) throws IOException, McxException {
    SipMessage r = request(SipMessage.request("MESSAGE", request.regroupUri())
        .with(SipHeaders.CALL_ID, "regroup-" + UUID.randomUUID()).with(SipHeaders.CSEQ, connection.nextCseq("MESSAGE"))
        .with(SipHeaders.FROM, user).withBody(SipHeaders.MCPTT_REGROUP, request.encode()), "regroup of "
        + request.regroupUri());
    RegroupBody answer = RegroupBody.decode(r.body());
    apply(answer);
    return answer;
  }

  void leave(ClientCall call) throws IOException {
    calls.remove(call.callId());
    try {
      connection.request(SipMessage.request("BYE", call.target()).with(SipHeaders.CALL_ID, call.callId())
          .with(SipHeaders.CSEQ, connection.nextCseq("BYE")).with(SipHeaders.FROM, user));
    } finally {
      call.end();
    }
  }

  FloorBody floor(ClientCall call, FloorBody.FloorMessage m) throws IOException, McxException {
    SipMessage r = request(SipMessage.request("INFO", call.target()).with(SipHeaders.CALL_ID, call.callId())
        .with(SipHeaders.CSEQ, connection.nextCseq("INFO")).with(SipHeaders.FROM, user)
        .withBody(SipHeaders.FLOOR, FloorBody.of(m, user).encode()), m.wire());
    return FloorBody.decode(r.body());
  }

  private SipMessage request(SipMessage m, String what) throws IOException, McxException {
    SipMessage r = connection.request(m);
    if (r.status() >= 300) {
      throw new RefusedByServerException(what, r.status(), r.reason(), r.warning());
    }
    return r;
  }

  private void onRequest(SipMessage m) {
    try {
      handleRequest(m);
    } catch (IOException e) {
      // the connection is gone; closed() says why
    }
  }

  private void handleRequest(SipMessage m) throws IOException {
    try {
      switch (m.method()) {
        case "INVITE" -> connection.send(answerInvite(m));
        case "MESSAGE" -> {
          RegroupBody b = RegroupBody.decode(m.body());
          apply(b);
          connection.send(SipMessage.responseTo(m, 200, "OK"));
          onRegroup.accept(b);
        }
        case "INFO" -> {
          FloorBody f = FloorBody.decode(m.body());
          ClientCall call = calls.get(m.callId());
          if (call != null) {
            switch (f.message()) {
              case GRANTED, TAKEN -> call.floorHolder(Optional.of(f.user()));
              case IDLE -> call.floorHolder(Optional.empty());
              default -> { }
            }
          }
          connection.send(SipMessage.responseTo(m, 200, "OK"));
        }
        case "BYE" -> {
          ClientCall call = calls.remove(m.callId());
          if (call != null) {
            call.end();
          }
          connection.send(SipMessage.responseTo(m, 200, "OK"));
        }
        default -> connection.send(SipMessage.responseTo(m, 405, "Method Not Allowed"));
      }
    } catch (MalformedMessageException e) {
      connection.send(SipMessage.responseTo(m, 400, "Bad Request")
          .with(SipHeaders.WARNING, Warning.notAllowed(clean(e.getMessage())).toHeader()));
    }
  }

  /** Applies a regroup create or remove to the regroup table (regroup.md §9.3-5). */
  private void apply(RegroupBody b) {
    if (b.action() == RegroupBody.RegroupAction.REMOVE) {
      regroups.remove(b.regroupUri());
      return;
    }
    Optional<String> cfg = b.preconfiguredGroup().isPresent() ? b.preconfiguredGroup() : b.securityConfigurationId();
    cfg.ifPresent(c -> regroups.put(new RegroupTable.Binding(b.regroupUri(), c, b.groups(), b.preconfiguredGroup())));
  }

  private SipMessage answerInvite(SipMessage m) throws MalformedMessageException {
    MultipartBody body = MultipartBody.decode(m.contentType(), m.body());
    McpttInfo info = McpttInfo.decode(body.required(SipHeaders.MCPTT_INFO));
    MediaDescription relay = MediaDescription.decode(body.required(SipHeaders.SDP));
    String target = info.requestUri();
    String keyGroup;
    try {
      // TS 33.180 §7.3 / design §1: a call on T uses the GMK of the configuration the regroup named
      keyGroup = resolver.keyGroupOf(target, info.securityConfigurationId());
      resolver.resolve(target, info.securityConfigurationId());
    } catch (PolicyException e) {
      return SipMessage.responseTo(m, 488, "Not Acceptable Here")
          .with(SipHeaders.WARNING, Warning.notAllowed(clean(e.getMessage())).toHeader());
    }
    MediaSession media;
    try {
      media = new MediaSession(user, keyGroup, gmks, protection, clock, LOOPBACK, random);
      media.relay(relayAddress(relay));
    } catch (IOException e) {
      return SipMessage.responseTo(m, 500, "Server Internal Error");
    }
    ClientCall call = new ClientCall(this, m.callId(), target, info.securityConfigurationId(), info.broadcast(),
        media);
    calls.put(m.callId(), call);
    onCall.accept(call);
    try {
      return SipMessage.responseTo(m, 200, "OK").withBody(SipHeaders.SDP, sdp(media));
    } catch (IOException e) {
      return SipMessage.responseTo(m, 500, "Server Internal Error");
    }
  }

  private static String sdp(MediaSession media) throws IOException {
    return new MediaDescription(LOOPBACK.getHostAddress(), media.localPort()).encode();
  }

  private static InetSocketAddress relayAddress(MediaDescription d) {
    return new InetSocketAddress(d.address(), d.port());
  }

  private static String clean(String s) {
    return s == null ? "" : s.replace('"', '\'').replace('\n', ' ').replace('\r', ' ');
  }

  @Override
  public void close() {
    calls.values().forEach(ClientCall::end);
    calls.clear();
    connection.close();
    if (ownRuntime != null) {
      ownRuntime.close();
    }
  }
}
