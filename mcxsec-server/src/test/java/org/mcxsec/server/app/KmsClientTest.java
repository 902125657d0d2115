// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.server.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mcxsec.crypto.PolicyException;
import org.mcxsec.kms.KmsCertificate;
import org.mcxsec.kms.UserKeySet;
import org.mcxsec.kms.http.KmsClient;

/** The KMS client against the real server: token, init, keyprov; refusals become PolicyException. */
class KmsClientTest {
  @TempDir Path dir;

  @Test
  void client_tokenInitKeyProv_returnsValidKeys() throws Exception {
    McxConfig config = McxConfigFile.parse("users: [{uri: 'sip:alice@example.org', password: pw}]", "test");
    try (RunningServer s = McxServer.start(ServerConfig.of(dir, TestCrypto.kmsCrypto()).withConfig(config))) {
      KmsClient client = new KmsClient(HttpClient.newHttpClient(), s.url() + "/");
      String token = client.token("sip:alice@example.org", "pw");
      KmsCertificate cert = client.init(token);
      List<UserKeySet> keys = client.keyProv(token);
      assertEquals(s.kms().certificate(), cert);
      TestCrypto.assertValid(cert, keys.get(0));
      PolicyException wrong = assertThrows(PolicyException.class, () -> client.token("sip:alice@example.org", "x"));
      assertEquals("token request for sip:alice@example.org refused with HTTP 400", wrong.getMessage());
      assertEquals("KMS /keyprov answered HTTP 401",
          assertThrows(PolicyException.class, () -> client.keyProv("bogus")).getMessage());
    }
  }
}
