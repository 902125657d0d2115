// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.server.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.SecretBytes;
import org.mcxsec.crypto.kdf.KeyPeriod;
import org.mcxsec.crypto.sakke.SakkeReceiverKey;
import org.mcxsec.gms.xml.GroupDocumentWriter;
import org.mcxsec.kms.KmsCertificate;
import org.mcxsec.kms.UserKeySet;
import org.mcxsec.kms.xml.KmsResponse;
import org.mcxsec.kms.xml.KmsResponseCodec;
import org.mcxsec.mikey.IMessageOpener;
import org.mcxsec.mikey.KeyType;
import org.mcxsec.mikey.OpenedKey;
import org.mcxsec.mikey.ReceiverKeySet;
import org.w3c.dom.Element;

/**
 * A member's whole path, as a client would take it, against the real KMS and GMS: token, KMS certificate and key
 * set over HTTP, group document over HTTP, and its GKTP opened with MIKEY-SAKKE: the members of a group recover
 * one and the same GMK, signed by the GMS.
 */
class GroupKeyEndToEndTest {
  private static final String G1 = "sip:g1@example.org";
  @TempDir Path dir;

  private record Member(String uri, String password) {}

  private static OpenedKey openOwnGktp(RunningServer s, Member m) throws Exception {
    HttpTestClient c = new HttpTestClient(s.url());
    String token = c.token(m.uri(), m.password());
    KmsResponseCodec codec = new KmsResponseCodec();
    KmsCertificate cert = ((KmsResponse.Init) codec.read(c.post("/keymanagement/identity/v1/init", token).body())
        .message()).certificate();
    UserKeySet keys = ((KmsResponse.KeyProv) codec.read(c.post("/keymanagement/identity/v1/keyprov", token).body())
        .message()).keySets().get(0);
    HttpResponse<byte[]> doc = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(s.url()
        + "/gms/groups/" + HttpTestClient.enc(G1))).header("Authorization", "Bearer " + token).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, doc.statusCode());
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Element gktp = (Element) f.newDocumentBuilder().parse(new ByteArrayInputStream(doc.body()))
        .getElementsByTagNameNS(GroupDocumentWriter.NS_GKTP, "GKTP").item(0);
    KeyPeriod period = new KeyPeriod(cert.userKeyPeriod(), cert.userKeyOffset());
    IMessageOpener opener = IMessageOpener.builder(m.uri())
        .kms(new org.mcxsec.mikey.KmsCertificate(cert.kmsUri(), cert.pubAuthKey(), cert.pubEncKey(), period))
        .keySet(ReceiverKeySet.of(keys.keyPeriodNo(),
            SakkeReceiverKey.validate(cert.pubEncKey(), keys.userId(), keys.rsk())))
        .authorisedGmkInitiators("sip:gms@mcxsec.local"::equals)
        .build();
    return opener.open(Bytes.fromHex(gktp.getTextContent()));
  }

  @Test
  void members_openTheirOwnGktps_andHoldTheSameGmk() throws Exception {
    McxConfig config = McxConfigFile.parse("""
        kms: {uri: kms.example.org}
        users:
          - {uri: "sip:alice@example.org", password: a}
          - {uri: "sip:bob@example.org", password: b}
        groups: [{id: "sip:g1@example.org", members: ["sip:alice@example.org", "sip:bob@example.org"]}]
        """, "test");
    try (RunningServer s = McxServer.start(ServerConfig.of(dir, TestCrypto.kmsCrypto()).withConfig(config))) {
      try (OpenedKey alice = openOwnGktp(s, new Member("sip:alice@example.org", "a"));
          OpenedKey bob = openOwnGktp(s, new Member("sip:bob@example.org", "b"))) {
        assertEquals(KeyType.GMK, alice.keyType());
        assertEquals("sip:gms@mcxsec.local", alice.signer());
        SecretBytes gmk = alice.key();
        assertTrue(gmk.equalsConstantTime(bob.key()), "one GMK for the group");
        assertEquals(alice.keyId(), bob.keyId());
        assertEquals(alice.rand(), bob.rand(), "one RAND for all members of a GMK");
        assertTrue(alice.csbId() != bob.csbId(), "each member has its own GUK-ID");
        assertEquals(List.of(G1), alice.groupIds());
        assertEquals(s.gms().orElseThrow().gmks(G1).get(0).gmkId(), alice.keyId());
      }
    }
  }
}
