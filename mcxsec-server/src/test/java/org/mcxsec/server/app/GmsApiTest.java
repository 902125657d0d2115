// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.server.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mcxsec.gms.FakeGmkMessages;
import org.mcxsec.gms.Gmk;
import org.mcxsec.gms.xml.GroupDocumentWriter;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Group documents and notifications over real loopback HTTP, through the whole server. */
class GmsApiTest {
  private static final String G1 = "sip:g1@example.org";
  private static final String ALICE = "sip:alice@example.org";
  @TempDir static Path dir;
  private static RunningServer server;
  private static HttpTestClient client;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    McxConfig config = McxConfigFile.parse("""
        users:
          - {uri: "sip:alice@example.org", password: a}
          - {uri: "sip:bob@example.org", password: b}
          - {uri: "sip:eve@example.org", password: e}
        groups: [{id: "sip:g1@example.org", members: ["sip:alice@example.org", "sip:bob@example.org"]}]
        security-configurations: [{id: "sip:sc1@example.org", holders: ["sip:alice@example.org"]}]
        """, "test");
    server = McxServer.start(ServerConfig.of(dir, TestCrypto.kmsCrypto()).withConfig(config)
        .withGms(FakeGmkMessages.working()));
    client = new HttpTestClient(server.url());
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  private static HttpResponse<byte[]> get(String group, String token) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url() + "/gms/groups/"
        + HttpTestClient.enc(group)));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return HTTP.send(b.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void document_member_getsListServiceWithItsGktp() throws Exception {
    HttpResponse<byte[]> r = get(G1, client.token(ALICE, "a"));
    assertEquals(200, r.statusCode());
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(r.body()));
    Element listService = (Element) doc.getElementsByTagNameNS(GroupDocumentWriter.NS_LIST_SERVICE, "list-service")
        .item(0);
    assertEquals(G1, listService.getAttribute("uri"));
    Element gktp = (Element) doc.getElementsByTagNameNS(GroupDocumentWriter.NS_GKTP, "GKTP").item(0);
    Gmk gmk = server.gms().orElseThrow().gmks(G1).stream().filter(g -> !g.revoked()).reduce((a, b) -> b)
        .orElseThrow();
    assertEquals(gmk.gmkIdHex(), gktp.getAttribute("id"));
    assertEquals(gmk.activation().toString(), gktp.getAttribute("activationtime"));
    assertTrue(gktp.getTextContent().startsWith("474B5450"), "hex of the delivered I_MESSAGE");
    assertEquals("GMK-GKTPs", ((Element) gktp.getParentNode()).getLocalName());
  }

  @Test
  void document_nonMember_is403() throws Exception {
    HttpResponse<byte[]> r = get(G1, client.token("sip:eve@example.org", "e"));
    assertEquals(403, r.statusCode());
    assertEquals("sip:eve@example.org is not a member of group sip:g1@example.org", HttpTestClient.detail(r));
  }

  @Test
  void document_noToken_is401() throws Exception {
    assertEquals(401, get(G1, null).statusCode());
  }

  @Test
  void notifications_memberRemoved_othersAreToldToFetch() throws Exception {
    HttpRequest sse = HttpRequest.newBuilder(URI.create(server.url() + "/gms/notifications"))
        .header("Accept", "text/event-stream").header("Authorization", "Bearer " + client.token(ALICE, "a"))
        .GET().build();
    HttpResponse<Stream<String>> stream = HTTP.sendAsync(sse, HttpResponse.BodyHandlers.ofLines())
        .get(10, TimeUnit.SECONDS);
    assertEquals(200, stream.statusCode());
    Iterator<String> lines = stream.body().iterator();
    assertTrue(lines.next().startsWith(": subscribed"), "subscription confirmed before the change");
    server.gms().orElseThrow().removeMember(G1, "sip:bob@example.org");
    String event = null;
    String data = null;
    while (data == null && lines.hasNext()) {
      String line = lines.next();
      if (line.startsWith("event:")) {
        event = line.substring(6).strip();
      } else if (line.startsWith("data:")) {
        data = line.substring(5).strip();
      }
    }
    assertEquals("group-changed", event);
    assertEquals(G1, data);
    stream.body().close();
  }

  @Test
  void notifications_noToken_is401() throws Exception {
    HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + "/gms/notifications"))
        .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(401, r.statusCode());
    assertTrue(new String(r.body(), StandardCharsets.UTF_8).contains("Bearer access token is required"));
  }
}
