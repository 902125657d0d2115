// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.server.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mcxsec.crypto.MalformedMessageException;

class McxConfigFileTest {
  @Test
  void parse_empty_givesDefaults() throws Exception {
    McxConfig c = McxConfigFile.parse("", "x");
    assertEquals("kms.mcxsec.local", c.kms().uri());
    assertEquals(2_592_000L, c.kms().userKeyPeriod());
    assertEquals(0L, c.kms().userKeyOffset());
    assertEquals(List.of(), c.users());
    assertEquals(3600L, c.auth().tokenLifetime());
  }

  @Test
  void parse_designKeys_areRead() throws Exception {
    McxConfig c = McxConfigFile.parse("""
        kms: {uri: kms.example.org, user-key-period: 86400, user-key-offset: 3600}
        users:
          - {uri: "sip:alice@example.org", password: a}
          - {uri: "sip:disp@example.org", password: d, dispatcher: true}
        groups: [{id: "sip:g1@example.org", members: ["sip:alice@example.org"]}]
        preconfigured-groups: [{id: "sip:p1@example.org", holders: ["sip:alice@example.org"]}]
        security-configurations: [{id: "sip:sc1@example.org", holders: ["sip:disp@example.org"]}]
        auth: {oidc: {issuer: "https://idms", jwks-url: "https://idms/jwks"}}
        """, "x");
    assertEquals(86400L, c.kms().userKeyPeriod());
    assertEquals(3600L, c.kms().userKeyOffset());
    assertTrue(c.users().get(1).dispatcher());
    assertFalse(c.users().get(0).dispatcher());
    assertEquals(List.of("sip:alice@example.org"), c.groups().get(0).members());
    assertEquals("sip:p1@example.org", c.preconfiguredGroups().get(0).id());
    assertEquals(List.of("sip:disp@example.org"), c.securityConfigurations().get(0).holders());
    assertEquals("sub", c.auth().oidc().identityClaim());
  }

  @Test
  void parse_entitledUsersAndExplicitMapping() throws Exception {
    McxConfig c = McxConfigFile.parse("""
        preconfigured-groups: [{id: "sip:p1@example.org", holders: ["sip:a@example.org"],
                                entitled: ["sip:b@example.org"]}]
        security-configurations:
          - {id: "sip:sc1@example.org", holders: ["sip:a@example.org"], entitled: ["sip:c@example.org"],
             temporary-groups: ["sip:t1@example.org", "sip:t2@example.org"]}
          - {id: "sip:sc2@example.org", holders: ["sip:a@example.org"]}
        """, "x");
    assertEquals(java.util.Map.of("sip:p1@example.org", java.util.Set.of("sip:b@example.org"),
        "sip:sc1@example.org", java.util.Set.of("sip:c@example.org")), c.entitledUsers());
    assertEquals(java.util.Map.of("sip:t1@example.org", "sip:sc1@example.org",
        "sip:t2@example.org", "sip:sc1@example.org"), c.explicitMapping());
  }

  @Test
  void explicitMapping_sameTemporaryGroupTwice_namesBoth() throws Exception {
    McxConfig c = McxConfigFile.parse("""
        security-configurations:
          - {id: "sip:sc1@example.org", temporary-groups: ["sip:t1@example.org"]}
          - {id: "sip:sc2@example.org", temporary-groups: ["sip:t1@example.org"]}
        """, "x");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, c::explicitMapping);
    assertTrue(e.getMessage().contains("sip:sc1@example.org") && e.getMessage().contains("sip:sc2@example.org"),
        e.getMessage());
  }

  @Test
  void parse_unknownKey_namesIt() {
    MalformedMessageException e = assertThrows(MalformedMessageException.class,
        () -> McxConfigFile.parse("kms: {url: x}", "serve.yaml"));
    assertTrue(e.getMessage().startsWith("serve.yaml: Unrecognized field \"url\""), e.getMessage());
  }

  @Test
  void parse_userWithoutPassword_saysWhich() {
    MalformedMessageException e = assertThrows(MalformedMessageException.class,
        () -> McxConfigFile.parse("users: [{uri: 'sip:a@b'}]", "serve.yaml"));
    assertTrue(e.getMessage().contains("users[].password is required"), e.getMessage());
  }

  @Test
  void toString_hidesPasswordsAndKek() throws Exception {
    McxConfig c = McxConfigFile.parse("users: [{uri: u, password: hunter2}]\nstorage: {kek: '" + "cd".repeat(32)
        + "'}", "x");
    assertFalse(c.toString().contains("hunter2"), c.toString());
    assertFalse(c.toString().contains("cdcd"), c.toString());
  }
}
