// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.client.provisioning;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.InsecureSecretAccess;
import org.mcxsec.crypto.MalformedMessageException;
import org.mcxsec.crypto.McxException;
import org.mcxsec.crypto.PolicyException;
import org.mcxsec.crypto.SecretBytes;
import org.mcxsec.crypto.kdf.KeyPeriod;
import org.mcxsec.mikey.KmsCertificate;
import org.w3c.dom.Element;

/**
 * The client's HTTP side of the services (design §3): a token from {@code POST /oauth/token}, the KMS certificate
 * and the user's own key sets from the Annex D endpoints ({@code …/init}, {@code …/keyprov}), and the user's own
 * group documents with their GKTPs from {@code GET /gms/groups/{id}}.
 *
 * <p>Thread safety: safe to share.
 */
public final class ServiceClient {
  static final String KMS_NS = "urn:3gpp:ns:mcsecKMSInterface:1.0";
  static final String GKTP_NS = "urn:3gpp:ns:mcpttGKTP:1.0";
  private static final Pattern TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([A-Za-z0-9._~+/=-]{1,4096})\"");
  private final HttpClient http;
  private final URI base;

  public ServiceClient(HttpClient http, URI base) {
    this.http = http;
    this.base = base;
  }

  /** A bearer token for {@code user} (password grant). */
  public String token(String user, String password) throws IOException, McxException {
    String form = "grant_type=password&username=" + enc(user) + "&password=" + enc(password);
    HttpResponse<String> r = send(HttpRequest.newBuilder(base.resolve("/oauth/token"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new PolicyException("token refused for " + user + ": HTTP " + r.statusCode());
    }
    Matcher m = TOKEN.matcher(r.body());
    if (!m.find()) {
      throw new MalformedMessageException("token response has no access_token");
    }
    return m.group(1);
  }

  /** The KMS certificate ({@code KmsInit}, TS 33.180 D.3). */
  public KmsCertificate kmsCertificate(String token) throws IOException, McxException {
    Element root = ProvisioningXml.parse(post("/keymanagement/identity/v1/init", token), "KmsResponse");
    Element c = ProvisioningXml.first(root, KMS_NS, "KmsCertificate", "KmsResponse");
    return new KmsCertificate(ProvisioningXml.text(c, KMS_NS, "KmsUri", "KmsCertificate"),
        ProvisioningXml.hex(c, KMS_NS, "PubAuthKey", "KmsCertificate"),
        ProvisioningXml.hex(c, KMS_NS, "PubEncKey", "KmsCertificate"),
        new KeyPeriod(ProvisioningXml.number(c, KMS_NS, "UserKeyPeriod", "KmsCertificate"),
            ProvisioningXml.number(c, KMS_NS, "UserKeyOffset", "KmsCertificate")));
  }

  /** The caller's key sets ({@code KmsKeyProv}, TS 33.180 D.3): current period, and the next near a boundary. */
  public List<ProvisionedKeys> keySets(String token) throws IOException, McxException {
    Element root = ProvisioningXml.parse(post("/keymanagement/identity/v1/keyprov", token), "KmsResponse");
    List<ProvisionedKeys> out = new ArrayList<>();
    InsecureSecretAccess a = InsecureSecretAccess.get();
    for (Element k : ProvisioningXml.all(root, KMS_NS, "KmsKeySet")) {
      Bytes rsk = ProvisioningXml.hex(k, KMS_NS, "UserDecryptKey", "KmsKeySet");
      out.add(new ProvisionedKeys(ProvisioningXml.number(k, KMS_NS, "KeyPeriodNo", "KmsKeySet"),
          ProvisioningXml.hex(k, KMS_NS, "UserID", "KmsKeySet"), SecretBytes.wrap(rsk.toByteArray(), a)));
    }
    if (out.isEmpty()) {
      throw new MalformedMessageException("KmsResponse has no KmsKeySet");
    }
    return out;
  }

  /** The GKTPs in the caller's group document for {@code groupId} (TS 24.481 {@code <GKTP>}, hex). */
  public List<Bytes> gktps(String token, String groupId) throws IOException, McxException {
    HttpResponse<byte[]> r = send(HttpRequest.newBuilder(base.resolve("/gms/groups/" + enc(groupId)))
        .header("Authorization", "Bearer " + token).GET(), HttpResponse.BodyHandlers.ofByteArray());
    if (r.statusCode() != 200) {
      throw new PolicyException("group document " + groupId + " refused: HTTP " + r.statusCode());
    }
    Element root = ProvisioningXml.parse(r.body(), "group document " + groupId);
    List<Bytes> out = new ArrayList<>();
    for (Element g : ProvisioningXml.all(root, GKTP_NS, "GKTP")) {
      try {
        out.add(Bytes.fromHex(g.getTextContent().strip()));
      } catch (IllegalArgumentException e) {
        throw new MalformedMessageException("group document " + groupId + " GKTP " + g.getAttribute("id") + ": "
            + e.getMessage());
      }
    }
    return out;
  }

  /** Opens the caller's GMS notification stream ({@code GET /gms/notifications}) with {@code listener}. */
  public GroupNotifications notifications(String token, GroupNotifications.Listener listener) {
    return GroupNotifications.subscribe(http, base, () -> token, listener);
  }

  private byte[] post(String path, String token) throws IOException, McxException {
    HttpResponse<byte[]> r = send(HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Bearer " + token)
        .header("Content-Type", "application/xml").POST(HttpRequest.BodyPublishers.noBody()),
        HttpResponse.BodyHandlers.ofByteArray());
    if (r.statusCode() != 200) {
      throw new PolicyException(path + " refused: HTTP " + r.statusCode());
    }
    return r.body();
  }

  private <T> HttpResponse<T> send(HttpRequest.Builder b, HttpResponse.BodyHandler<T> h) throws IOException {
    try {
      return http.send(b.timeout(Duration.ofSeconds(30)).build(), h);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
