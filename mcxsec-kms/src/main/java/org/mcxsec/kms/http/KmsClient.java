// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.kms.http;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mcxsec.crypto.MalformedMessageException;
import org.mcxsec.crypto.McxException;
import org.mcxsec.crypto.PolicyException;
import org.mcxsec.kms.KmsCertificate;
import org.mcxsec.kms.UserKeySet;
import org.mcxsec.kms.xml.KmsResponse;
import org.mcxsec.kms.xml.KmsResponseCodec;

/**
 * The client side of the KMS interface (TS 33.180 Annex D) as a user agent or the demo uses it: obtain a token
 * with the password grant, then {@code KmsInit} and {@code KmsKeyProv} with it. Responses are parsed with the
 * hardened {@link KmsResponseCodec}.
 *
 * <p>Thread safety: safe to share if the {@link HttpClient} is (the JDK's is).
 */
public final class KmsClient {
  private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
  private static final int MAX_RESPONSE = 256 * 1024;

  private final HttpClient http;
  private final String baseUrl;
  private final KmsResponseCodec responses = new KmsResponseCodec();

  /** A client of the server at {@code baseUrl} (e.g. {@code https://127.0.0.1:8443}). */
  public KmsClient(HttpClient http, String baseUrl) {
    this.http = http;
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  /**
   * An access token for {@code userUri} from {@code POST /oauth/token}.
   *
   * @throws PolicyException if the server refuses the credentials
   */
  public String token(String userUri, String password) throws McxException, IOException, InterruptedException {
    String form = "grant_type=password&username=" + URLEncoder.encode(userUri, StandardCharsets.UTF_8)
        + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/oauth/token"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new PolicyException("token request for " + userUri + " refused with HTTP " + r.statusCode());
    }
    Matcher m = ACCESS_TOKEN.matcher(r.body());
    if (!m.find()) {
      throw new MalformedMessageException("token response has no access_token");
    }
    return m.group(1);
  }

  /** {@code KmsInit}: the KMS certificate. */
  public KmsCertificate init(String token) throws McxException, IOException, InterruptedException {
    return ((KmsResponse.Init) post("/init", token, KmsResponse.Init.class)).certificate();
  }

  /** {@code KmsKeyProv}: the caller's key sets (current period, and the next one near its end). */
  public List<UserKeySet> keyProv(String token) throws McxException, IOException, InterruptedException {
    return ((KmsResponse.KeyProv) post("/keyprov", token, KmsResponse.KeyProv.class)).keySets();
  }

  private KmsResponse.Message post(String path, String token, Class<? extends KmsResponse.Message> expected)
      throws McxException, IOException, InterruptedException {
    HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(baseUrl + KmsRoutes.BASE + path))
        .header("Authorization", "Bearer " + token).header("Accept", "application/xml")
        .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofByteArray());
    if (r.statusCode() != 200) {
      throw new PolicyException("KMS " + path + " answered HTTP " + r.statusCode());
    }
    if (r.body().length > MAX_RESPONSE) {
      throw new MalformedMessageException("KMS response of " + r.body().length + " octets exceeds " + MAX_RESPONSE);
    }
    KmsResponse.Message m = responses.read(r.body()).message();
    if (!expected.isInstance(m)) {
      throw new MalformedMessageException("KMS " + path + " answered " + m.getClass().getSimpleName() + ", expected "
          + expected.getSimpleName());
    }
    return m;
  }
}
