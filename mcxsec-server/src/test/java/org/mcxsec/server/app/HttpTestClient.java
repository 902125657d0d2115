// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.server.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** A small HTTP client for the API tests: tokens and KMS requests over real loopback HTTP(S). */
final class HttpTestClient {
  private final HttpClient http;
  private final String base;

  HttpTestClient(HttpClient http, String base) {
    this.http = http;
    this.base = base;
  }

  HttpTestClient(String base) {
    this(HttpClient.newHttpClient(), base);
  }

  HttpResponse<String> tokenRequest(String form) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(base + "/oauth/token"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
  }

  String token(String user, String password) throws IOException, InterruptedException {
    HttpResponse<String> r = tokenRequest("grant_type=password&username=" + enc(user) + "&password=" + enc(password));
    if (r.statusCode() != 200) {
      throw new IllegalStateException("token request failed: " + r.statusCode() + " " + r.body());
    }
    JsonNode json = new ObjectMapper().readTree(r.body());
    return json.get("access_token").asText();
  }

  HttpResponse<byte[]> post(String path, String token, byte[] body) throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).header("Content-Type", "application/xml");
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  HttpResponse<byte[]> post(String path, String token) throws IOException, InterruptedException {
    return post(path, token, new byte[0]);
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  static String detail(HttpResponse<byte[]> r) throws IOException {
    return new ObjectMapper().readTree(r.body()).get("detail").asText();
  }
}
