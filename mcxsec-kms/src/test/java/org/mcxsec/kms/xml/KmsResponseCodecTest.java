// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.kms.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.InsecureSecretAccess;
import org.mcxsec.crypto.MalformedMessageException;
import org.mcxsec.crypto.SecretBytes;
import org.mcxsec.kms.IssuedUserKeys;
import org.mcxsec.kms.KmsCertificate;
import org.mcxsec.kms.UserKeySet;

class KmsResponseCodecTest {
  private static final Instant T = Instant.parse("2026-03-10T12:00:00Z");
  private final KmsResponseCodec codec = new KmsResponseCodec();
  private final KmsCertificate cert = new KmsCertificate("1.1.0", "Root", null, "kms.example.org", null,
      Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2036-01-01T00:00:00Z"), false, "2", 2_592_000, 0,
      filled(257, 0x11), filled(65, 0x22), 1);
  private final UserKeySet keySet = new UserKeySet("kms.example.org", "sip:alice@example.org", filled(32, 0x33),
      1521, Instant.parse("2025-01-01T00:00:00Z"), Instant.parse("2025-01-31T00:00:00Z"),
      new IssuedUserKeys(secret(32, 0x44), filled(65, 0x55), secret(257, 0x66)));

  private static Bytes filled(int n, int v) {
    byte[] b = new byte[n];
    java.util.Arrays.fill(b, (byte) v);
    b[0] = 0x04;
    return Bytes.copyOf(b);
  }

  private static SecretBytes secret(int n, int v) {
    return SecretBytes.wrap(filled(n, v).toByteArray(), InsecureSecretAccess.get());
  }

  private KmsResponse response(KmsResponse.Message m) {
    return new KmsResponse("sip:alice@example.org", "kms.example.org", T, null, "https://kms/x", m);
  }

  @Test
  void init_roundTrips() throws Exception {
    KmsResponse r = response(new KmsResponse.Init(cert));
    assertEquals(r, codec.read(codec.write(r)));
  }

  @Test
  void init_hasAnnexDNamesInSchemaOrder() {
    String s = new String(codec.write(response(new KmsResponse.Init(cert))), StandardCharsets.UTF_8);
    assertTrue(s.contains("<KmsResponse xmlns=\"urn:3gpp:ns:mcsecKMSInterface:1.0\""), s);
    String[] order = {"<UserUri>", "<KmsUri>", "<Time>2026-03-10T12:00:00Z</Time>", "<ClientReqUrl>",
        "<KmsMessage>", "<KmsInit Version=\"1.0.0\">", "<KmsCertificate Version=\"1.1.0\" Role=\"Root\">",
        "<KmsUri>kms.example.org</KmsUri>", "<ValidFrom>", "<ValidTo>", "<Revoked>false</Revoked>",
        "<UserIdFormat>2</UserIdFormat>", "<UserKeyPeriod>2592000</UserKeyPeriod>",
        "<UserKeyOffset>0</UserKeyOffset>", "<PubEncKey>041111", "<PubAuthKey>042222",
        "<ParameterSet>1</ParameterSet>"};
    int at = 0;
    for (String part : order) {
      int i = s.indexOf(part, at);
      assertTrue(i >= at, part + " missing or out of order in " + s);
      at = i + 1;
    }
  }

  @Test
  void keyProv_roundTripsKeys() throws Exception {
    KmsResponse r = response(new KmsResponse.KeyProv(List.of(keySet)));
    KmsResponse back = codec.read(codec.write(r));
    UserKeySet k = assertInstanceOf(KmsResponse.KeyProv.class, back.message()).keySets().get(0);
    assertEquals(keySet.userId(), k.userId());
    assertEquals(1521, k.keyPeriodNo());
    assertEquals(keySet.pvt(), k.pvt());
    assertTrue(keySet.ssk().equalsConstantTime(k.ssk()));
    assertTrue(keySet.rsk().equalsConstantTime(k.rsk()));
    assertEquals(keySet.validFrom(), k.validFrom());
  }

  @Test
  void keyProv_hasAnnexDNamesInSchemaOrder() {
    String s = new String(codec.write(response(new KmsResponse.KeyProv(List.of(keySet)))), StandardCharsets.UTF_8);
    String[] order = {"<KmsKeyProv Version=\"1.0.0\">", "<KmsKeySet Version=\"1.1.0\">", "<KmsUri>", "<UserUri>",
        "<UserID>043333", "<ValidFrom>2025-01-01T00:00:00Z</ValidFrom>", "<ValidTo>", "<KeyPeriodNo>1521</KeyPeriodNo>",
        "<Revoked>false</Revoked>", "<UserDecryptKey xsi:type=\"KeyContentType\">046666",
        "<UserSigningKeySSK xsi:type=\"KeyContentType\">044444",
        "<UserPubTokenPVT xsi:type=\"KeyContentType\">045555"};
    int at = 0;
    for (String part : order) {
      int i = s.indexOf(part, at);
      assertTrue(i >= at, part + " missing or out of order in " + s);
      at = i + 1;
    }
  }

  @Test
  void certCache_roundTrips() throws Exception {
    KmsResponse r = response(new KmsResponse.CertCache(1, List.of(cert)));
    assertEquals(r, codec.read(codec.write(r)));
  }

  @Test
  void read_everyTruncation_isRefused() {
    byte[] full = codec.write(response(new KmsResponse.Init(cert)));
    for (int len = 0; len < full.length; len++) {
      byte[] cut = java.util.Arrays.copyOf(full, len);
      assertThrows(MalformedMessageException.class, () -> codec.read(cut), "length " + len);
    }
  }

  @Test
  void read_encryptedKeyContent_isRefusedWithReason() {
    String s = new String(codec.write(response(new KmsResponse.KeyProv(List.of(keySet)))), StandardCharsets.UTF_8)
        .replace("<UserDecryptKey xsi:type=\"KeyContentType\">", "<UserDecryptKey xsi:type=\"EncKeyContentType\">");
    MalformedMessageException e = assertThrows(MalformedMessageException.class,
        () -> codec.read(s.getBytes(StandardCharsets.UTF_8)));
    assertEquals("<UserDecryptKey> xsi:type 'EncKeyContentType' is not supported, expected KeyContentType",
        e.getMessage());
  }

  @Test
  void read_kmsError_reportsCodeAndMessage() {
    byte[] body = ("<KmsResponse xmlns=\"urn:3gpp:ns:mcsecKMSInterface:1.0\"><UserUri>u</UserUri><KmsUri>k</KmsUri>"
        + "<Time>2026-03-10T12:00:00Z</Time><ClientReqUrl>c</ClientReqUrl><KmsError><ErrorCode>403</ErrorCode>"
        + "<ErrorMsg>no</ErrorMsg></KmsError></KmsResponse>").getBytes(StandardCharsets.UTF_8);
    assertEquals("KmsResponse carries KmsError 403: no",
        assertThrows(MalformedMessageException.class, () -> codec.read(body)).getMessage());
  }

  @Test
  void read_keySetAsOtherKmssSendIt_noZoneNoValidityNoXsiType() throws Exception {
    String xml = "<KmsResponse xmlns=\"urn:3gpp:ns:mcsecKMSInterface:1.0\"><UserUri>u@example.org</UserUri>"
        + "<KmsUri>kms.example.org</KmsUri><Time>2026-03-10T12:00:00</Time><ClientReqUrl>c</ClientReqUrl>"
        + "<KmsMessage><KmsKeyProv Version=\"1.0.0\"><KmsKeySet Version=\"1.1.0\"><KmsUri>kms.example.org</KmsUri>"
        + "<UserUri>u@example.org</UserUri><UserID>" + "ab".repeat(32) + "</UserID><KeyPeriodNo>7</KeyPeriodNo>"
        + "<UserDecryptKey>04" + "11".repeat(256) + "</UserDecryptKey><UserSigningKeySSK>" + "22".repeat(32)
        + "</UserSigningKeySSK><UserPubTokenPVT>04" + "33".repeat(64) + "</UserPubTokenPVT></KmsKeySet>"
        + "</KmsKeyProv></KmsMessage></KmsResponse>";
    KmsResponse r = codec.read(xml.getBytes(StandardCharsets.UTF_8));
    assertEquals(T, r.time());
    UserKeySet k = ((KmsResponse.KeyProv) r.message()).keySets().get(0);
    assertEquals(7, k.keyPeriodNo());
    assertEquals(null, k.validFrom());
    assertEquals(257, k.rsk().size());
  }

  @Test
  void toString_ofKeySet_hidesSecrets() {
    String s = keySet.toString();
    assertTrue(!s.contains("4444") && !s.contains("6666"), s);
  }
}
