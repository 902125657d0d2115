// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.server.regroup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mcxsec.server.call.RefusedException;
import org.mcxsec.server.groups.StaticGroupDirectory;
import org.mcxsec.signalling.RegroupBody.LeftOut;

class RegroupServiceTest {
  final List<String> deliveries = new ArrayList<>();
  final StaticGroupDirectory dir = new StaticGroupDirectory((c, users) -> deliveries.add(c + " " + users));

  RegroupServiceTest() {
    dir.addGroup("g1", Set.of("a", "b")).addGroup("g2", Set.of("c"))
        .addConfiguration("sc-a", Set.of("a", "b", "d"), Set.of("c"))
        .addConfiguration("sc-b", Set.of("a", "b", "c", "d"), Set.of())
        .addPreconfiguredGroup("p", Set.of("a", "c", "d"), Set.of());
  }

  static RegroupRequest group(String t, List<String> groups) {
    return new RegroupRequest("d", true, t, RegroupKind.GROUP_REGROUP, groups, List.of(), Optional.empty());
  }

  @Test
  void create_configurationHeldByEveryone_isPreferredToOneThatNeedsDelivery() throws Exception {
    ActiveRegroup r = new RegroupService(dir, ExplicitConfigurationMapping.none()).create(group("t", List.of("g1", "g2")));
    assertEquals("sc-b", r.securityConfigurationId());
    assertEquals(Set.of("a", "b", "c", "d"), r.members());
    assertEquals(List.of(), deliveries);
  }

  @Test
  void create_explicitMapping_winsAndEntitledMembersGetItDelivered() throws Exception {
    RegroupService s = new RegroupService(dir, new ExplicitConfigurationMapping(Map.of(),
        Map.of(Set.of("g1", "g2"), "sc-a")));
    ActiveRegroup r = s.create(group("t", List.of("g1", "g2")));
    assertEquals("sc-a", r.securityConfigurationId());
    assertEquals(Set.of("a", "b", "c", "d"), r.members());
    assertEquals(List.of("sc-a [c]"), deliveries);
  }

  @Test
  void create_preconfigured_usesPsOwnConfiguration_andLeavesOutThoseWithoutIt() throws Exception {
    ActiveRegroup r = new RegroupService(dir, ExplicitConfigurationMapping.none()).create(new RegroupRequest("d",
        true, "t", RegroupKind.PRECONFIGURED_GROUP_REGROUP, List.of("g1", "g2"), List.of(), Optional.of("p")));
    assertEquals("p", r.securityConfigurationId());
    assertEquals(Set.of("a", "c", "d"), r.members());
    assertEquals(List.of(new LeftOut("b", "does not hold and is not entitled to security configuration p")),
        r.leftOut());
  }

  @Test
  void create_byNonDispatcher_isRefused100() {
    RefusedException e = assertThrows(RefusedException.class, () -> new RegroupService(dir,
        ExplicitConfigurationMapping.none()).create(new RegroupRequest("a", false, "t", RegroupKind.USER_REGROUP,
            List.of(), List.of("b"), Optional.empty())));
    assertEquals("100 function not allowed due to user not authorised to regroup", e.getMessage());
  }

  @Test
  void create_temporaryGroupIdInUse_isRefused165() throws Exception {
    RegroupService s = new RegroupService(dir, ExplicitConfigurationMapping.none());
    s.create(group("t", List.of("g1")));
    assertEquals(165, assertThrows(RefusedException.class, () -> s.create(group("t", List.of("g2"))))
        .warning().code());
    assertEquals(165, assertThrows(RefusedException.class, () -> s.create(group("g2", List.of("g1"))))
        .warning().code());
  }

  @Test
  void create_unknownGroupOrPreconfiguredGroup_isRefused163() {
    RegroupService s = new RegroupService(dir, ExplicitConfigurationMapping.none());
    assertEquals(163, assertThrows(RefusedException.class, () -> s.create(group("t", List.of("nope"))))
        .warning().code());
    assertEquals(163, assertThrows(RefusedException.class, () -> s.create(new RegroupRequest("d", true, "t",
        RegroupKind.PRECONFIGURED_USER_REGROUP, List.of(), List.of("a"), Optional.of("sc-a")))).warning().code());
  }

  @Test
  void create_constituentAlreadyRegrouped_isRefused() throws Exception {
    RegroupService s = new RegroupService(dir, ExplicitConfigurationMapping.none());
    s.create(group("t1", List.of("g1")));
    RefusedException e = assertThrows(RefusedException.class, () -> s.create(group("t2", List.of("g1", "g2"))));
    assertEquals("100 function not allowed due to group g1 is already regrouped into t1", e.getMessage());
  }

  @Test
  void remove_restoresTheConstituents_andUnknownIsRefused163() throws Exception {
    RegroupService s = new RegroupService(dir, ExplicitConfigurationMapping.none());
    s.create(group("t", List.of("g1")));
    assertTrue(s.regroupOf("g1").isPresent());
    s.remove("d", true, "t");
    assertTrue(s.regroupOf("g1").isEmpty());
    assertTrue(s.active("t").isEmpty());
    assertEquals(163, assertThrows(RefusedException.class, () -> s.remove("d", true, "t")).warning().code());
    assertEquals(100, assertThrows(RefusedException.class, () -> s.remove("a", false, "t")).warning().code());
  }

  @Test
  void regroupsFor_memberOfAConstituent_findsTheActiveRegroup() throws Exception {
    RegroupService s = new RegroupService(dir, ExplicitConfigurationMapping.none());
    s.create(group("t", List.of("g1")));
    assertEquals(List.of("t"), s.regroupsFor("a", List.of("g1", "g2")).stream()
        .map(ActiveRegroup::temporaryGroupId).toList());
    assertEquals(List.of(), s.regroupsFor("c", List.of("g2")));
  }

  @Test
  void request_kindAndListsMustAgree() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new RegroupRequest("d", true,
        "t", RegroupKind.GROUP_REGROUP, List.of(), List.of("a"), Optional.empty()));
    assertEquals("GROUP_REGROUP needs groups and only those", e.getMessage());
  }
}
