// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.MalformedMessageException;
import org.mcxsec.crypto.SecretBytes;
import org.mcxsec.crypto.VerificationFailedException;
import org.mcxsec.testkit.Tamper;

class GmkKeyStoreTest {
  final SecureRandom random = new SecureRandom();
  final GmkKeyStore store = new GmkKeyStore(random);
  final SecretBytes kek = SecretBytes.random(32, random);

  GmkTable table() {
    GmkTable t = new GmkTable();
    t.put(KeyResolverTest.gmk(1, "sip:g1@x", Instant.parse("2026-03-10T12:00:00Z")));
    t.put(KeyResolverTest.gmk(2, "sip:sc@x", Instant.parse("2026-03-11T12:00:00Z")).asRevoked());
    return t;
  }

  @Test
  void saveLoad_roundTrips_andTheFileHoldsNoKeyInTheClear(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("gmks");
    GmkTable t = table();
    store.save(f, t, kek);
    GmkTable back = new GmkTable();
    assertEquals(2, store.load(f, back, kek));
    for (GmkEntry e : t.all()) {
      GmkEntry b = back.byGmkId(e.gmkId()).orElseThrow();
      assertTrue(b.gmk().equalsConstantTime(e.gmk()));
      assertEquals(e.toString(), b.toString());
      assertEquals(e.rand(), b.rand());
    }
    String hex = Bytes.copyOf(Files.readAllBytes(f)).toHex();
    byte[] k1 = t.byGmkId(1).orElseThrow().gmk().toByteArray(org.mcxsec.crypto.InsecureSecretAccess.get());
    assertFalse(hex.contains(Bytes.copyOf(k1).toHex()));
  }

  @Test
  void load_otherKekOrAnyBitFlip_isRefused(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("gmks");
    store.save(f, table(), kek);
    assertThrows(VerificationFailedException.class, () -> store.load(f, new GmkTable(),
        SecretBytes.random(32, random)));
    byte[] file = Files.readAllBytes(f);
    Path g = dir.resolve("tampered");
    for (int bit = 0; bit < file.length * 8; bit += 7) {
      Files.write(g, Tamper.flipBit(file, bit));
      GmkTable t = new GmkTable();
      assertThrows(org.mcxsec.crypto.McxException.class, () -> store.load(g, t, kek), "bit " + bit);
      assertEquals(0, t.all().size());
    }
    Files.write(g, new byte[] {'x'});
    assertEquals("key store " + g + " is not an mcxsec key store of version 1",
        assertThrows(MalformedMessageException.class, () -> store.load(g, new GmkTable(), kek)).getMessage());
  }
}
