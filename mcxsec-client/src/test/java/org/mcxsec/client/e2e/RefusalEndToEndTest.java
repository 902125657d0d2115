// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.client.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mcxsec.client.ClientCall;
import org.mcxsec.client.GmkTable;
import org.mcxsec.client.McxClient;
import org.mcxsec.client.RefusedByServerException;
import org.mcxsec.client.media.Eavesdropper;
import org.mcxsec.client.media.MediaStatus;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.signalling.RegroupBody;

/** The refusals of the issue, over real sockets: who may not join, regroup, call, or decrypt. */
class RefusalEndToEndTest {
  static final String G1 = "sip:police@mcx.example";
  static final String G2 = "sip:fire@mcx.example";
  static final String P = "sip:preconf-1@mcx.example";
  static final String T = "sip:tg-1@mcx.example";
  static final String ALICE = "sip:alice@mcx.example";
  static final String BOB = "sip:bob@mcx.example";
  static final String CAROL = "sip:carol@mcx.example";
  static final String DAVE = "sip:dave@mcx.example";
  static final String MALLORY = "sip:mallory@mcx.example";
  static final String DISPATCH = "sip:dispatch@mcx.example";

  CallWorld world;
  McxClient alice;
  McxClient bob;
  McxClient carol;
  McxClient dave;
  McxClient mallory;
  McxClient dispatch;

  @BeforeEach
  void setUp() throws Exception {
    world = new CallWorld();
    world.directory.addGroup(G1, Set.of(ALICE, BOB, CAROL)).addGroup(G2, Set.of(DAVE))
        .addPreconfiguredGroup(P, Set.of(ALICE, BOB, DAVE, DISPATCH), Set.of());
    world.newGmk(G1, Set.of(ALICE, BOB, CAROL));
    world.newGmk(G2, Set.of(DAVE, MALLORY));
    world.newGmk(P, Set.of(ALICE, BOB, DAVE, DISPATCH));
    world.start(Set.of(ALICE, BOB, CAROL, DAVE, MALLORY, DISPATCH), Set.of(DISPATCH));
    alice = world.connect(ALICE, false);
    bob = world.connect(BOB, false);
    carol = world.connect(CAROL, false);
    dave = world.connect(DAVE, false);
    mallory = world.connect(MALLORY, false);
    dispatch = world.connect(DISPATCH, true);
    for (McxClient c : List.of(alice, bob, carol)) {
      c.affiliate(List.of(G1));
    }
    dave.affiliate(List.of(G2));
  }

  @AfterEach
  void tearDown() {
    world.close();
  }

  @Test
  void nonMember_cannotJoinAGroupCall_andCannotDecryptItsMedia() throws Exception {
    ClientCall call = alice.call(G1, false);
    world.awaitParticipants(G1, Set.of(ALICE, BOB, CAROL));
    // mallory holds no GMK of G1: the client refuses before asking
    assertThrows(org.mcxsec.crypto.PolicyException.class, () -> mallory.call(G1, false));
    // and with a key for the group's identity forged into its table, the server still refuses: not a member
    world.table(MALLORY).put(CallWorld.copy(world.gmksByGroup.get(G2).get(0)));
    RefusedByServerException e = assertThrows(RefusedByServerException.class, () -> mallory.call(G2, false));
    assertEquals(403, e.status());
    assertTrue(e.warning().orElseThrow().text().contains("not a member"), e.getMessage());
    // mallory captures the media bob receives and tries every key it holds
    List<Bytes> captured = new CopyOnWriteArrayList<>();
    bob.call(G1).orElseThrow().media().tap(captured::add);
    GroupCallEndToEndTest.talk(call, 30);
    assertTrue(CallWorld.await(() -> captured.size() == 30));
    Eavesdropper eve = new Eavesdropper(world.table(MALLORY), world.protection);
    captured.forEach(eve::attack);
    assertEquals(30, eve.attempts());
    assertEquals(0, eve.decrypted());
    assertEquals(30L, eve.outcomes().get(MediaStatus.UNKNOWN_KEY));
    assertEquals(30L, eve.outcomes().get(MediaStatus.AUTH_FAILED));
  }

  @Test
  void memberOfG1WithoutTheConfiguration_isLeftOut_andCannotDecryptTheCallOnT() throws Exception {
    RegroupBody answer = dispatch.regroup(RegroupBody.createGroupRegroup(T, List.of(G1, G2))
        .withPreconfiguredGroup(P));
    assertEquals(List.of(CAROL), answer.leftOut().stream().map(RegroupBody.LeftOut::user).toList());
    assertTrue(answer.leftOut().get(0).reason().contains(P));
    // the regroup answer can overtake the notifications: wait until every included member has T
    assertTrue(CallWorld.await(() -> bob.regroups().get(T).isPresent() && dave.regroups().get(T).isPresent()
        && alice.regroups().get(T).isPresent()));
    assertFalse(carol.regroups().get(T).isPresent());
    ClientCall call = dave.call(T, false);
    world.awaitParticipants(T, Set.of(ALICE, BOB, DAVE, DISPATCH));
    List<Bytes> captured = new CopyOnWriteArrayList<>();
    alice.call(T).orElseThrow().media().tap(captured::add);
    GroupCallEndToEndTest.talk(call, 30);
    assertTrue(CallWorld.await(() -> captured.size() == 30));
    // carol holds G1's GMK but not P's: nothing decrypts
    Eavesdropper carolTries = new Eavesdropper(world.table(CAROL), world.protection);
    captured.forEach(carolTries::attack);
    assertEquals(0, carolTries.decrypted());
    assertEquals(30L, carolTries.outcomes().get(MediaStatus.AUTH_FAILED));
    assertTrue(carol.call(T).isEmpty());
    assertThrows(org.mcxsec.crypto.PolicyException.class, () -> carol.call(T, false));
  }

  @Test
  void regroupFromANonAuthorisedUser_isRefused() throws Exception {
    RefusedByServerException e = assertThrows(RefusedByServerException.class,
        () -> alice.regroup(RegroupBody.createGroupRegroup(T, List.of(G1, G2))));
    assertEquals(403, e.status());
    assertEquals(100, e.warning().orElseThrow().code());
    assertTrue(e.warning().orElseThrow().text().contains("not authorised"));
    assertTrue(world.server().regroups().active(T).isEmpty());
  }

  @Test
  void callOnAPreconfiguredUseOnlyGroup_isRefused167() throws Exception {
    RefusedByServerException e = assertThrows(RefusedByServerException.class, () -> alice.call(P, false));
    assertEquals(167, e.warning().orElseThrow().code());
  }

  @Test
  void regroupIdAlreadyInUse_isRefused165_andUnknownRemoval163() throws Exception {
    dispatch.regroup(RegroupBody.createUserRegroup(T, List.of(ALICE)).withPreconfiguredGroup(P));
    RefusedByServerException e = assertThrows(RefusedByServerException.class,
        () -> dispatch.regroup(RegroupBody.createUserRegroup(T, List.of(BOB)).withPreconfiguredGroup(P)));
    assertEquals(165, e.warning().orElseThrow().code());
    RefusedByServerException r = assertThrows(RefusedByServerException.class,
        () -> dispatch.regroup(RegroupBody.remove("sip:nothing@mcx.example")));
    assertEquals(163, r.warning().orElseThrow().code());
  }

  @Test
  void connectionWithoutAValidToken_isClosedBeforeAnyMessage() throws Exception {
    McxClient forged = McxClient.connect(world.uri(), ALICE, "not-a-token", new GmkTable(), world.protection,
        Clock.systemUTC());
    String why = forged.closed().get(10, TimeUnit.SECONDS);
    assertTrue(why.startsWith("1008"), why);
    assertThrows(IOException.class, () -> forged.affiliate(List.of(G1)));
    forged.close();
  }

}
