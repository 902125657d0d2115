// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.server.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mcxsec.crypto.kdf.KeyPeriod;
import org.mcxsec.crypto.kdf.MikeySakkeUid;
import org.mcxsec.kms.KmsCertificate;
import org.mcxsec.kms.UserKeySet;
import org.mcxsec.kms.xml.KmsRequest;
import org.mcxsec.kms.xml.KmsRequestCodec;
import org.mcxsec.kms.xml.KmsResponse;
import org.mcxsec.kms.xml.KmsResponseCodec;

/** The KMS interface (TS 33.180 Annex D) over real loopback HTTP, through the whole server. */
class KmsApiTest {
  private static final String ALICE = "sip:alice@example.org";
  private static final String BOB = "sip:bob@example.org";
  private static final String KMS = "kms.example.org";
  private static final String INIT = "/keymanagement/identity/v1/init";
  private static final String KEYPROV = "/keymanagement/identity/v1/keyprov";
  private static final String CERTCACHE = "/keymanagement/identity/v1/certcache";

  @TempDir static Path dir;
  private static RunningServer server;
  private static HttpTestClient client;
  private static String aliceToken;
  private final KmsResponseCodec responses = new KmsResponseCodec();
  private final KmsRequestCodec requests = new KmsRequestCodec();

  @BeforeAll
  static void start() throws Exception {
    McxConfig config = McxConfigFile.parse("""
        kms: {uri: kms.example.org, user-key-period: 86400, user-key-offset: 0}
        users:
          - {uri: "sip:alice@example.org", password: alice-pw}
          - {uri: "sip:bob@example.org", password: bob-pw}
        """, "test");
    server = McxServer.start(ServerConfig.of(dir, TestCrypto.kmsCrypto()).withConfig(config));
    client = new HttpTestClient(server.url());
    aliceToken = client.token(ALICE, "alice-pw");
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  private KmsResponse ok(HttpResponse<byte[]> r) throws Exception {
    assertEquals(200, r.statusCode(), () -> new String(r.body(), StandardCharsets.UTF_8));
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/xml"));
    return responses.read(r.body());
  }

  private static void assertProblem(HttpResponse<byte[]> r, int status, String detail) throws Exception {
    assertEquals(status, r.statusCode(), () -> new String(r.body(), StandardCharsets.UTF_8));
    assertEquals(detail, HttpTestClient.detail(r));
  }

  @Test
  void init_returnsTheKmsCertificate() throws Exception {
    KmsResponse r = ok(client.post(INIT, aliceToken));
    assertEquals(ALICE, r.userUri());
    assertEquals(KMS, r.kmsUri());
    KmsCertificate c = assertInstanceOf(KmsResponse.Init.class, r.message()).certificate();
    assertEquals(KMS, c.kmsUri());
    assertEquals(86400, c.userKeyPeriod());
    assertEquals(0, c.userKeyOffset());
    assertEquals("2", c.userIdFormat());
    assertEquals(65, c.pubAuthKey().size());
    assertEquals(257, c.pubEncKey().size());
    assertEquals(server.kms().certificate(), c);
  }

  @Test
  void keyprov_returnsCallersOwnKeySetThatValidates() throws Exception {
    KmsResponse r = ok(client.post(KEYPROV, aliceToken));
    List<UserKeySet> sets = assertInstanceOf(KmsResponse.KeyProv.class, r.message()).keySets();
    KmsCertificate c = server.kms().certificate();
    KeyPeriod period = new KeyPeriod(86400, 0);
    for (UserKeySet k : sets) {
      assertEquals(ALICE, k.userUri());
      assertEquals(MikeySakkeUid.of(ALICE, KMS, period, k.keyPeriodNo()), k.userId());
      TestCrypto.assertValid(c, k);
    }
    assertEquals(period.periodNumberAt(Instant.now()), sets.get(0).keyPeriodNo());
  }

  @Test
  void keyprov_repeated_returnsTheSameKeys() throws Exception {
    UserKeySet a = ((KmsResponse.KeyProv) ok(client.post(KEYPROV, aliceToken)).message()).keySets().get(0);
    UserKeySet b = ((KmsResponse.KeyProv) ok(client.post(KEYPROV, aliceToken)).message()).keySets().get(0);
    assertTrue(a.ssk().equalsConstantTime(b.ssk()));
    assertEquals(a.pvt(), b.pvt());
  }

  @Test
  void keyprov_withOwnKmsRequest_echoesClientReqUrl() throws Exception {
    byte[] body = requests.write(new KmsRequest(ALICE, KMS, Instant.now(), "c1", null, "https://x/keyprov"));
    KmsResponse r = ok(client.post(KEYPROV, aliceToken, body));
    assertEquals("https://x/keyprov", r.clientReqUrl());
  }

  @Test
  void certcache_returnsTheCertificate() throws Exception {
    KmsResponse r = ok(client.post(CERTCACHE, aliceToken));
    KmsResponse.CertCache cc = assertInstanceOf(KmsResponse.CertCache.class, r.message());
    assertEquals(List.of(server.kms().certificate()), cc.certificates());
  }

  @Test
  void keyprov_noToken_is401WithChallenge() throws Exception {
    HttpResponse<byte[]> r = client.post(KEYPROV, null);
    assertProblem(r, 401, "no Authorization header: a Bearer access token is required");
    assertEquals("Bearer error=\"invalid_token\"", r.headers().firstValue("WWW-Authenticate").orElseThrow());
  }

  @Test
  void keyprov_forgedToken_is401() throws Exception {
    String forged = aliceToken.substring(0, aliceToken.length() - 4) + "AAAA";
    assertEquals(401, client.post(KEYPROV, forged).statusCode());
    assertProblem(client.post(INIT, "not-a-jwt"), 401, "access token is not a JWT");
  }

  @Test
  void keyprov_requestForAnotherUser_is403() throws Exception {
    byte[] body = requests.write(new KmsRequest(BOB, KMS, Instant.now(), null, null, "https://x/keyprov"));
    assertProblem(client.post(KEYPROV, aliceToken, body), 403, "KmsRequest UserUri 'sip:bob@example.org' is not"
        + " the token's identity 'sip:alice@example.org': a user obtains only its own key material");
  }

  @Test
  void keyprov_otherKms_is400() throws Exception {
    byte[] body = requests.write(new KmsRequest(ALICE, "kms.other.org", Instant.now(), null, null, "u"));
    assertProblem(client.post(KEYPROV, aliceToken, body), 400,
        "KmsRequest KmsUri 'kms.other.org' is not this KMS 'kms.example.org'");
  }

  @Test
  void keyprov_malformedXml_is400WithPosition() throws Exception {
    HttpResponse<byte[]> r = client.post(KEYPROV, aliceToken, "<KmsRequest".getBytes(StandardCharsets.UTF_8));
    assertEquals(400, r.statusCode());
    assertTrue(HttpTestClient.detail(r).startsWith("KmsRequest is not well-formed XML at line 1"));
  }

  @Test
  void keyprov_unknownElement_is400NamingIt() throws Exception {
    String xml = new String(requests.write(new KmsRequest(ALICE, KMS, Instant.now(), null, null, "u")),
        StandardCharsets.UTF_8).replace("</KmsRequest>", "<GiveMeAllKeys/></KmsRequest>");
    assertProblem(client.post(KEYPROV, aliceToken, xml.getBytes(StandardCharsets.UTF_8)), 400,
        "KmsRequest child 5: unknown or misplaced element <GiveMeAllKeys>");
  }

  @Test
  void keyprov_externalEntity_is400() throws Exception {
    String xml = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><r>&x;</r>";
    HttpResponse<byte[]> r = client.post(KEYPROV, aliceToken, xml.getBytes(StandardCharsets.UTF_8));
    assertEquals(400, r.statusCode());
    assertTrue(HttpTestClient.detail(r).contains("DOCTYPE"));
  }

  @Test
  void keyprov_oversizedBody_is400WithLimit() throws Exception {
    byte[] big = new byte[20_000];
    java.util.Arrays.fill(big, (byte) 'a');
    assertProblem(client.post(KEYPROV, aliceToken, big), 400,
        "request body of 20000 octets exceeds the limit of 16384");
  }

  @Test
  void token_wrongPassword_isInvalidGrant() throws Exception {
    HttpResponse<String> r = client.tokenRequest("grant_type=password&username=" + HttpTestClient.enc(ALICE)
        + "&password=nope");
    assertEquals(400, r.statusCode());
    assertTrue(r.body().contains("\"error\":\"invalid_grant\""), r.body());
  }

  @Test
  void token_otherGrant_isUnsupported() throws Exception {
    HttpResponse<String> r = client.tokenRequest("grant_type=client_credentials");
    assertEquals(400, r.statusCode());
    assertTrue(r.body().contains("unsupported_grant_type"), r.body());
  }
}
