// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.InsecureSecretAccess;
import org.mcxsec.crypto.PolicyException;
import org.mcxsec.crypto.SecretBytes;

class KeyResolverTest {
  static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
  final GmkTable gmks = new GmkTable();
  final RegroupTable regroups = new RegroupTable();
  final KeyResolver resolver = new KeyResolver(gmks, regroups, Clock.fixed(NOW, ZoneOffset.UTC));

  static GmkEntry gmk(int id, String group, Instant activation) {
    byte[] k = new byte[16];
    k[0] = (byte) id;
    return new GmkEntry(SecretBytes.wrap(k, InsecureSecretAccess.get()), id, Bytes.copyOf(new byte[16]),
        Set.of(group), activation, activation.plus(Duration.ofDays(1)), false);
  }

  @Test
  void normalGroup_usesItsOwnNewestActiveGmk() throws Exception {
    gmks.put(gmk(1, "g1", NOW.minusSeconds(100)));
    gmks.put(gmk(2, "g1", NOW.minusSeconds(10)));
    gmks.put(gmk(3, "g1", NOW.plusSeconds(10)));
    assertEquals(2, resolver.resolve("g1", Optional.empty()).gmkId());
  }

  @Test
  void temporaryGroup_usesTheNamedConfigurationNeverAConstituentsGmk() throws Exception {
    gmks.put(gmk(1, "g1", NOW.minusSeconds(10)));
    gmks.put(gmk(7, "sc", NOW.minusSeconds(10)));
    regroups.put(new RegroupTable.Binding("t", "sc", List.of("g1"), Optional.empty()));
    assertEquals(7, resolver.resolve("t", Optional.empty()).gmkId());
    assertEquals(7, resolver.resolve("t", Optional.of("sc")).gmkId());
  }

  @Test
  void temporaryGroup_callSetupNamingAnotherConfiguration_isRefused() {
    regroups.put(new RegroupTable.Binding("t", "sc", List.of("g1"), Optional.empty()));
    PolicyException e = assertThrows(PolicyException.class, () -> resolver.resolve("t", Optional.of("other")));
    assertEquals("call on t names security configuration other but the regroup named sc", e.getMessage());
  }

  @Test
  void noActiveGmk_namesTheKeyGroup() {
    gmks.put(gmk(1, "g1", NOW.minusSeconds(10)).asRevoked());
    regroups.put(new RegroupTable.Binding("t", "sc", List.of("g1"), Optional.empty()));
    assertEquals("no active GMK for group g1",
        assertThrows(PolicyException.class, () -> resolver.resolve("g1", Optional.empty())).getMessage());
    assertEquals("no active GMK for security configuration sc of temporary group t",
        assertThrows(PolicyException.class, () -> resolver.resolve("t", Optional.empty())).getMessage());
  }

  @Test
  void gmkEntry_rejectsWrongPurposeTagAndRedactsTheKey() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> gmk(0x1000_0001, "g", NOW));
    assertEquals("GMK-ID 10000001 has purpose tag 1; a GMK has tag 0", e.getMessage());
    assertEquals("GmkEntry[00000005, groups=[g], " + NOW + ".." + NOW.plus(Duration.ofDays(1))
        + ", gmk=<redacted>]", gmk(5, "g", NOW).toString());
  }
}
