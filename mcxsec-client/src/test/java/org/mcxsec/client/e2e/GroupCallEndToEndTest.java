// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.client.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mcxsec.client.ClientCall;
import org.mcxsec.client.GmkEntry;
import org.mcxsec.client.McxClient;
import org.mcxsec.client.RefusedByServerException;
import org.mcxsec.client.media.CallStats;
import org.mcxsec.signalling.FloorBody;
import org.mcxsec.signalling.RegroupBody;

/**
 * Every scenario of the temporary-group-call rule over real sockets on loopback: WebSocket signalling, the UDP
 * relay, and media protected with the GMK the call resolves to. Each test checks which GMK-ID protected the media
 * and that every listener decrypted every packet sent while it was in the call.
 */
class GroupCallEndToEndTest {
  static final String G1 = "sip:police@mcx.example";
  static final String G2 = "sip:fire@mcx.example";
  static final String G3 = "sip:ems@mcx.example";
  static final String SC1 = "sip:sc-joint@mcx.example";
  static final String SC2 = "sip:sc-ems@mcx.example";
  static final String P = "sip:preconf-1@mcx.example";
  static final String T = "sip:tg-1@mcx.example";
  static final String ALICE = "sip:alice@mcx.example";
  static final String BOB = "sip:bob@mcx.example";
  static final String CAROL = "sip:carol@mcx.example";
  static final String DAVE = "sip:dave@mcx.example";
  static final String ERIN = "sip:erin@mcx.example";
  static final String FRANK = "sip:frank@mcx.example";
  static final String DISPATCH = "sip:dispatch@mcx.example";
  static final int PACKETS = 40;

  CallWorld world;
  GmkEntry g1;
  GmkEntry g2;
  GmkEntry sc1;
  GmkEntry p;
  McxClient alice;
  McxClient bob;
  McxClient carol;
  McxClient dave;
  McxClient erin;
  McxClient frank;
  McxClient dispatch;

  @BeforeEach
  void setUp() throws Exception {
    world = new CallWorld();
    world.directory.addGroup(G1, Set.of(ALICE, BOB, CAROL)).addGroup(G2, Set.of(DAVE, ERIN))
        .addGroup(G3, Set.of(FRANK))
        .addConfiguration(SC1, Set.of(ALICE, BOB, CAROL, DAVE, DISPATCH), Set.of(ERIN))
        .addConfiguration(SC2, Set.of(FRANK), Set.of())
        .addPreconfiguredGroup(P, Set.of(ALICE, BOB, DAVE, ERIN, DISPATCH), Set.of());
    g1 = world.newGmk(G1, Set.of(ALICE, BOB, CAROL));
    g2 = world.newGmk(G2, Set.of(DAVE, ERIN));
    world.newGmk(G3, Set.of(FRANK));
    sc1 = world.newGmk(SC1, Set.of(ALICE, BOB, CAROL, DAVE, DISPATCH));
    world.newGmk(SC2, Set.of(FRANK));
    p = world.newGmk(P, Set.of(ALICE, BOB, DAVE, ERIN, DISPATCH));
    world.start(Set.of(ALICE, BOB, CAROL, DAVE, ERIN, FRANK, DISPATCH), Set.of(DISPATCH));
    alice = world.connect(ALICE, false);
    bob = world.connect(BOB, false);
    carol = world.connect(CAROL, false);
    dave = world.connect(DAVE, false);
    erin = world.connect(ERIN, false);
    frank = world.connect(FRANK, false);
    dispatch = world.connect(DISPATCH, true);
    for (McxClient c : List.of(alice, bob, carol)) {
      c.affiliate(List.of(G1));
    }
    for (McxClient c : List.of(dave, erin)) {
      c.affiliate(List.of(G2));
    }
    frank.affiliate(List.of(G3));
  }

  @AfterEach
  void tearDown() {
    world.close();
  }

  /** The talker takes the floor, sends {@code n} packets; returns the GMK-ID it used. */
  static String talk(ClientCall call, int n) throws Exception {
    FloorBody f = call.requestFloor();
    assertEquals(FloorBody.FloorMessage.GRANTED, f.message(), "floor for " + call);
    int id = 0;
    for (int i = 0; i < n; i++) {
      id = call.sendPacket();
    }
    return String.format("%08x", id);
  }

  /** Every listener decrypts all {@code n} packets, all under {@code gmkId}, and rejects none. */
  static void assertAllDecrypted(List<McxClient> listeners, String target, int n, String gmkId)
      throws InterruptedException {
    for (McxClient l : listeners) {
      ClientCall c = l.call(target).orElseThrow(() -> new AssertionError(l.user() + " is not in " + target));
      CallWorld.await(() -> c.stats().decrypted() >= n);
      CallStats s = c.stats();
      assertEquals(Map.of(gmkId, (long) n), s.decryptedByGmkId(), l.user() + " on " + target);
      assertEquals(0, s.rejectedTotal(), l.user() + " rejected " + s.rejected());
    }
  }

  @Test
  void normalGroupCall_everyAffiliatedMemberDecryptsUnderTheGroupsGmk() throws Exception {
    ClientCall call = alice.call(G1, false);
    world.awaitParticipants(G1, Set.of(ALICE, BOB, CAROL));
    assertEquals(g1.gmkIdHex(), talk(call, PACKETS));
    assertAllDecrypted(List.of(bob, carol), G1, PACKETS, g1.gmkIdHex());
    assertEquals(Map.of(g1.gmkIdHex(), (long) PACKETS), call.stats().sentByGmkId());
  }

  @Test
  void groupRegroup_callOnTUsesTheNamedConfigurationsGmk_andConstituentsAreRefused148() throws Exception {
    RegroupBody answer = dispatch.regroup(RegroupBody.createGroupRegroup(T, List.of(G1, G2)));
    assertEquals(Optional.of(SC1), answer.securityConfigurationId());
    // erin was entitled to SC1 and received it first; nobody is left out
    assertEquals(List.of(), answer.leftOut());
    assertTrue(CallWorld.await(() -> erin.regroups().get(T).isPresent() && bob.regroups().get(T).isPresent()));
    assertEquals(SC1, bob.regroups().get(T).orElseThrow().securityConfigurationId());
    ClientCall call = bob.call(T, false);
    Set<String> all = Set.of(ALICE, BOB, CAROL, DAVE, ERIN, DISPATCH);
    world.awaitParticipants(T, all);
    assertEquals(sc1.gmkIdHex(), talk(call, PACKETS));
    assertAllDecrypted(List.of(alice, carol, dave, erin, dispatch), T, PACKETS, sc1.gmkIdHex());
    RefusedByServerException e = assertThrows(RefusedByServerException.class, () -> carol.call(G1, false));
    assertEquals(148, e.warning().orElseThrow().code());
  }

  @Test
  void userRegroup_callOnTUsesTheNamedConfigurationsGmk() throws Exception {
    RegroupBody answer = dispatch.regroup(RegroupBody.createUserRegroup(T, List.of(ALICE, DAVE)));
    assertEquals(Optional.of(SC1), answer.securityConfigurationId());
    assertTrue(CallWorld.await(() -> dave.regroups().get(T).isPresent()));
    ClientCall call = dispatch.call(T, false);
    world.awaitParticipants(T, Set.of(ALICE, DAVE, DISPATCH));
    assertEquals(sc1.gmkIdHex(), talk(call, PACKETS));
    assertAllDecrypted(List.of(alice, dave), T, PACKETS, sc1.gmkIdHex());
  }

  @Test
  void preconfiguredGroupRegroup_usesPsGmk_andALateAffiliatingMemberIsToldThenJoins() throws Exception {
    bob.affiliate(List.of());
    RegroupBody answer = dispatch.regroup(RegroupBody.createGroupRegroup(T, List.of(G1, G2))
        .withPreconfiguredGroup(P));
    assertEquals(Optional.of(P), answer.securityConfigurationId());
    // carol does not hold P's configuration and is not entitled to it: left out with the reason
    assertEquals(List.of(CAROL), answer.leftOut().stream().map(RegroupBody.LeftOut::user).toList());
    assertTrue(CallWorld.await(() -> alice.regroups().get(T).isPresent()));
    // 23.379 10.6.2.9.4: bob affiliates to a constituent while the regroup is active and receives it then
    bob.affiliate(List.of(G1));
    assertTrue(CallWorld.await(() -> bob.regroups().get(T).isPresent()));
    ClientCall call = dave.call(T, false);
    world.awaitParticipants(T, Set.of(ALICE, BOB, DAVE, ERIN, DISPATCH));
    assertTrue(carol.call(T).isEmpty(), "carol must not be invited");
    assertEquals(p.gmkIdHex(), talk(call, PACKETS));
    assertAllDecrypted(List.of(alice, bob, erin, dispatch), T, PACKETS, p.gmkIdHex());
  }

  @Test
  void teardown_restoresTheOriginalGroupsAndTheirOwnGmk() throws Exception {
    dispatch.regroup(RegroupBody.createGroupRegroup(T, List.of(G1, G2)));
    assertThrows(RefusedByServerException.class, () -> alice.call(G1, false));
    dispatch.regroup(RegroupBody.remove(T));
    assertTrue(CallWorld.await(() -> alice.regroups().get(T).isEmpty()));
    ClientCall call = alice.call(G1, false);
    world.awaitParticipants(G1, Set.of(ALICE, BOB, CAROL));
    assertEquals(g1.gmkIdHex(), talk(call, PACKETS));
    assertAllDecrypted(List.of(bob, carol), G1, PACKETS, g1.gmkIdHex());
  }

  @Test
  void gmkRolloverMidCall_receiversFollowTheGmkIdInTheMki() throws Exception {
    ClientCall call = dave.call(G2, false);
    world.awaitParticipants(G2, Set.of(DAVE, ERIN));
    assertEquals(g2.gmkIdHex(), talk(call, PACKETS));
    GmkEntry next = world.newGmk(G2, Set.of(DAVE, ERIN), g2.activation().plusMillis(1));
    for (int i = 0; i < PACKETS; i++) {
      assertEquals(next.gmkId(), call.sendPacket());
    }
    ClientCall heard = erin.call(G2).orElseThrow();
    CallWorld.await(() -> heard.stats().decrypted() >= 2 * PACKETS);
    assertEquals(Map.of(g2.gmkIdHex(), (long) PACKETS, next.gmkIdHex(), (long) PACKETS),
        heard.stats().decryptedByGmkId());
    assertEquals(0, heard.stats().rejectedTotal());
  }

  @Test
  void broadcastGroupCall_onlyTheInitiatorTalks() throws Exception {
    ClientCall call = alice.call(G1, true);
    world.awaitParticipants(G1, Set.of(ALICE, BOB, CAROL));
    ClientCall bobs = bob.call(G1).orElseThrow();
    assertTrue(bobs.broadcast());
    assertEquals(FloorBody.FloorMessage.DENY, bobs.requestFloor().message());
    assertEquals(g1.gmkIdHex(), talk(call, PACKETS));
    assertAllDecrypted(List.of(bob, carol), G1, PACKETS, g1.gmkIdHex());
  }

  @Test
  void broadcastRegroupCall_keyedLikeTheNonBroadcastOne() throws Exception {
    dispatch.regroup(RegroupBody.createGroupRegroup(T, List.of(G1, G2)).withPreconfiguredGroup(P));
    assertTrue(CallWorld.await(() -> dave.regroups().get(T).isPresent()));
    ClientCall call = dispatch.call(T, true);
    world.awaitParticipants(T, Set.of(ALICE, BOB, DAVE, ERIN, DISPATCH));
    assertEquals(FloorBody.FloorMessage.DENY, dave.call(T).orElseThrow().requestFloor().message());
    assertEquals(p.gmkIdHex(), talk(call, PACKETS));
    assertAllDecrypted(List.of(alice, bob, dave, erin), T, PACKETS, p.gmkIdHex());
  }

  @Test
  void lateJoin_aMemberJoiningARunningCallDecryptsWhatIsSentAfterItJoined() throws Exception {
    carol.affiliate(List.of());
    ClientCall call = alice.call(G1, false);
    world.awaitParticipants(G1, Set.of(ALICE, BOB));
    assertEquals(g1.gmkIdHex(), talk(call, PACKETS));
    ClientCall late = carol.call(G1, false);
    world.awaitParticipants(G1, Set.of(ALICE, BOB, CAROL));
    for (int i = 0; i < PACKETS; i++) {
      call.sendPacket();
    }
    CallWorld.await(() -> late.stats().decrypted() >= PACKETS);
    assertEquals(Map.of(g1.gmkIdHex(), (long) PACKETS), late.stats().decryptedByGmkId());
    assertAllDecrypted(List.of(bob), G1, 2 * PACKETS, g1.gmkIdHex());
  }
}
