// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.kms.http;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.mcxsec.crypto.kdf.KeyPeriod;
import org.mcxsec.auth.Caller;
import org.mcxsec.auth.http.BearerAuth;
import org.mcxsec.crypto.McxException;
import org.mcxsec.crypto.MalformedMessageException;
import org.mcxsec.crypto.PolicyException;
import org.mcxsec.kms.KmsService;
import org.mcxsec.kms.xml.KmsRequest;
import org.mcxsec.kms.xml.KmsRequestCodec;
import org.mcxsec.kms.xml.KmsResponse;
import org.mcxsec.kms.xml.KmsResponseCodec;
import org.mcxsec.kms.xml.KmsXml;

/**
 * The KMS over HTTP (TS 33.180 Annex D; design §3): thin handlers over {@link KmsService}.
 *
 * <ul>
 *   <li>{@code POST /keymanagement/identity/v1/init} → {@code KmsResponse/KmsMessage/KmsInit/KmsCertificate}
 *   <li>{@code POST /keymanagement/identity/v1/keyprov} → {@code KmsKeyProv} with the caller's key sets
 *   <li>{@code POST …/keyprov/{user URI}} → the same, naming the caller (TS 33.179 D.2; another URI is 403)
 *   <li>{@code POST …/keyprov/{user URI}/{NTP-UTC 64-bit time, 16 hex digits}} → the key set of that time's period
 *   <li>{@code POST /keymanagement/identity/v1/certcache[/{client's CacheNum}]} → {@code KmsCertCache}
 *       (without certificates when the client's cache is current)
 * </ul>
 *
 * <p>Every request needs a Bearer token. The body is optional: an empty body asks for the caller's own
 * material; a {@code KmsRequest} body must name the caller ({@code UserUri}, else 403). Bodies are capped at
 * {@link #MAX_BODY} octets and parsed without DTDs.
 */
public final class KmsRoutes {
  /** Path prefix of the KMS interface. */
  public static final String BASE = "/keymanagement/identity/v1";
  /** The {@code CacheNum} of this KMS's certificate cache (one certificate, never changed). */
  static final long CACHE_NUM = 1;
  /** Largest accepted request body, in octets. */
  public static final int MAX_BODY = 16 * 1024;

  private final KmsService kms;
  private final BearerAuth auth;
  private final Clock clock;
  private final KmsRequestCodec requests = new KmsRequestCodec();
  private final KmsResponseCodec responses = new KmsResponseCodec();

  public KmsRoutes(KmsService kms, BearerAuth auth, Clock clock) {
    this.kms = kms;
    this.auth = auth;
    this.clock = clock;
  }

  /** Registers the three endpoints on {@code app}. */
  public void install(Javalin app) {
    app.post(BASE + "/init", ctx -> respond(ctx, new KmsResponse.Init(kms.certificate()), request(ctx)));
    app.post(BASE + "/keyprov", ctx -> {
      KmsRequest r = request(ctx);
      respond(ctx, new KmsResponse.KeyProv(kms.provision(r.userUri())), r);
    });
    app.post(BASE + "/keyprov/{uri}", ctx -> {
      KmsRequest r = request(ctx);
      requireCaller(ctx.pathParam("uri"), r);
      respond(ctx, new KmsResponse.KeyProv(kms.provision(r.userUri())), r);
    });
    app.post(BASE + "/keyprov/{uri}/{time}", ctx -> {
      KmsRequest r = request(ctx);
      requireCaller(ctx.pathParam("uri"), r);
      Instant time = ntpTime(ctx.pathParam("time"));
      respond(ctx, new KmsResponse.KeyProv(List.of(kms.keySetAt(r.userUri(), time))), r);
    });
    app.post(BASE + "/certcache", ctx -> respond(ctx, new KmsResponse.CertCache(CACHE_NUM, kms.certificateCache()),
        request(ctx)));
    app.post(BASE + "/certcache/{num}", ctx -> {
      KmsRequest r = request(ctx);
      long clientNum = cacheNum(ctx.pathParam("num"));
      respond(ctx, new KmsResponse.CertCache(CACHE_NUM, clientNum >= CACHE_NUM ? List.of()
          : kms.certificateCache()), r);
    });
  }

  private static void requireCaller(String pathUri, KmsRequest r) throws PolicyException {
    if (!pathUri.equals(r.userUri())) {
      throw new PolicyException("keyprov for '" + pathUri + "' requested by '" + r.userUri()
          + "': a user obtains only its own key material");
    }
  }

  /** TS 33.179 D.2: the NTP-UTC 64-bit timestamp of RFC 5905 as 16 hex digits; the top 32 bits are seconds. */
  static Instant ntpTime(String hex) throws MalformedMessageException {
    if (!hex.matches("[0-9A-Fa-f]{16}")) {
      throw new MalformedMessageException("keyprov time '" + hex + "' is not 16 hex digits (NTP-UTC 64-bit)");
    }
    long ntpSeconds = Long.parseUnsignedLong(hex, 16) >>> 32;
    return Instant.ofEpochSecond(ntpSeconds - KeyPeriod.NTP_UNIX_OFFSET);
  }

  private static long cacheNum(String s) throws MalformedMessageException {
    if (!s.matches("[0-9]{1,18}")) {
      throw new MalformedMessageException("certcache number '" + s + "' is not a non-negative integer");
    }
    return Long.parseLong(s);
  }

  /** The authenticated request: the body's, or one made up for the caller when the body is empty. */
  private KmsRequest request(Context ctx) throws McxException {
    Caller caller = auth.authenticate(ctx);
    byte[] body = RequestBody.read(ctx, MAX_BODY);
    String kmsUri = kms.settings().kmsUri();
    if (isBlank(body)) {
      return new KmsRequest(caller.uri(), kmsUri, clock.instant(), null, null, ctx.fullUrl());
    }
    KmsRequest r = requests.read(body);
    if (!caller.is(r.userUri())) {
      throw new PolicyException("KmsRequest UserUri '" + r.userUri() + "' is not the token's identity '"
          + caller.uri() + "': a user obtains only its own key material");
    }
    // KmsUri is not checked: clients write this KMS's URI, its server URL or host:port; the response names ours
    return r;
  }

  private void respond(Context ctx, KmsResponse.Message message, KmsRequest r) {
    KmsResponse response = new KmsResponse(r.userUri(), kms.settings().kmsUri(), clock.instant(), null,
        r.clientReqUrl(), message);
    ctx.header("Cache-Control", "no-store");
    ctx.contentType(KmsXml.MEDIA_TYPE).result(responses.write(response));
  }

  private static boolean isBlank(byte[] body) {
    for (byte b : body) {
      if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
        return false;
      }
    }
    return true;
  }
}
