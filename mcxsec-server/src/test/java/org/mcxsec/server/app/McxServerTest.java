// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.server.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mcxsec.crypto.KeyMaterialException;
import org.mcxsec.kms.KmsCertificate;
import org.mcxsec.kms.UserKeySet;
import org.mcxsec.kms.xml.KmsResponse;
import org.mcxsec.kms.xml.KmsResponseCodec;

/** Starting, stopping and restarting the server; TLS; the key-encryption key. */
class McxServerTest {
  private static final String KEYPROV = "/keymanagement/identity/v1/keyprov";
  @TempDir Path dir;

  private ServerConfig config() throws Exception {
    return ServerConfig.of(dir, TestCrypto.kmsCrypto()).withConfig(McxConfigFile.parse(
        "users: [{uri: 'sip:alice@example.org', password: pw}]", "test"));
  }

  private static UserKeySet keyprov(RunningServer s, HttpTestClient c) throws Exception {
    byte[] body = c.post(KEYPROV, c.token("sip:alice@example.org", "pw")).body();
    return ((KmsResponse.KeyProv) new KmsResponseCodec().read(body).message()).keySets().get(0);
  }

  @Test
  void restart_sameDataDir_servesSameKmsKeysAndKeySets() throws Exception {
    KmsCertificate cert;
    UserKeySet first;
    try (RunningServer s = McxServer.start(config())) {
      cert = s.kms().certificate();
      first = keyprov(s, new HttpTestClient(s.url()));
    }
    try (RunningServer s = McxServer.start(config())) {
      assertEquals(cert, s.kms().certificate());
      UserKeySet again = keyprov(s, new HttpTestClient(s.url()));
      assertTrue(first.ssk().equalsConstantTime(again.ssk()));
      assertTrue(first.rsk().equalsConstantTime(again.rsk()));
      assertEquals(first.pvt(), again.pvt());
    }
  }

  @Test
  void start_withoutKek_generatesOwnerOnlyKekFile() throws Exception {
    try (RunningServer s = McxServer.start(config())) {
      Path kek = dir.resolve("kek");
      assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(kek)));
      assertEquals(64, Files.readString(kek).strip().length());
    }
  }

  @Test
  void restart_withAnotherKek_refusesToStart() throws Exception {
    McxServer.start(config()).stop();
    ServerConfig other = config().withConfig(McxConfigFile.parse("storage: {kek: '" + "ab".repeat(32) + "'}",
        "test"));
    KeyMaterialException e = assertThrows(KeyMaterialException.class, () -> McxServer.start(other));
    assertTrue(e.getMessage().contains("does not open under the configured key-encryption key"), e.getMessage());
  }

  @Test
  void tls_servesHttpsWithTheGeneratedCertificate() throws Exception {
    try (RunningServer s = McxServer.start(config().withTls(true))) {
      assertTrue(s.url().startsWith("https://127.0.0.1:"), s.url());
      X509Certificate cert = s.certificate().orElseThrow();
      assertTrue(Files.readString(s.certificateFile().orElseThrow()).startsWith("-----BEGIN CERTIFICATE-----"));
      KeyStore trust = KeyStore.getInstance("PKCS12");
      trust.load(null, null);
      trust.setCertificateEntry("mcxsec", cert);
      TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(trust);
      SSLContext ssl = SSLContext.getInstance("TLS");
      ssl.init(null, tmf.getTrustManagers(), null);
      HttpTestClient https = new HttpTestClient(HttpClient.newBuilder().sslContext(ssl).build(), s.url());
      UserKeySet k = keyprov(s, https);
      TestCrypto.assertValid(s.kms().certificate(), k);
      HttpTestClient untrusting = new HttpTestClient(s.url());
      assertThrows(IOException.class, () -> untrusting.token("sip:alice@example.org", "pw"));
    }
  }

  @Test
  void stop_isIdempotentAndFreesThePort() throws Exception {
    RunningServer s = McxServer.start(config());
    int port = s.port();
    s.stop();
    s.stop();
    try (RunningServer again = McxServer.start(config().withPort(port))) {
      assertEquals(port, again.port());
      assertFalse(again.url().isEmpty());
    }
  }
}
