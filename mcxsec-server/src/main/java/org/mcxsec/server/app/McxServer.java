// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.server.app;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.mcxsec.auth.LocalTokenService;
import org.mcxsec.auth.OidcTokenVerifier;
import org.mcxsec.auth.TokenVerifier;
import org.mcxsec.auth.UserDirectory;
import org.mcxsec.auth.http.BearerAuth;
import org.mcxsec.auth.http.ErrorMapper;
import org.mcxsec.auth.http.TokenEndpoint;
import org.mcxsec.crypto.KeyMaterialException;
import org.mcxsec.crypto.MalformedMessageException;
import org.mcxsec.crypto.McxException;
import org.mcxsec.crypto.eccsi.EccsiSigningKey;
import org.mcxsec.gms.GmkMessageFactory;
import org.mcxsec.gms.MikeyGmkMessages;
import org.mcxsec.kms.KmsCertificate;
import org.mcxsec.kms.UserKeySet;
import org.mcxsec.crypto.kdf.KeyPeriod;
import org.mcxsec.kms.KmsService;
import org.mcxsec.kms.KmsStore;
import org.mcxsec.kms.KmsSettings;
import org.mcxsec.kms.http.KmsRoutes;
import org.mcxsec.server.groups.GmsGroupDirectory;
import org.mcxsec.server.regroup.ExplicitConfigurationMapping;
import org.mcxsec.server.ws.CallServer;
import org.mcxsec.server.ws.WebSocketSignalling;
import org.mcxsec.store.Database;
import org.mcxsec.store.KeyEncryptionKey;
import org.mcxsec.store.SecretSealer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root of {@code serve} (design §3, §5: KMS + GMS + call server, all-in-one): opens the database
 * and the key-encryption key, the token service, the KMS, the GMS and the call server reading its groups from that
 * GMS, and serves them over HTTP (or HTTPS with {@code tls}) on one port; the call server's SRTP relay listens on
 * UDP on the same host.
 *
 * <pre>
 *   RunningServer s = McxServer.start(ServerConfig.of(dataDir, crypto).withConfig(McxConfigFile.load(yaml)));
 *   System.out.println("ready url=" + s.url());
 *   …
 *   s.stop();
 * </pre>
 */
public final class McxServer {
  private static final Logger LOG = LoggerFactory.getLogger(McxServer.class);
  /** Requests larger than this are refused by the HTTP layer before any handler runs. */
  static final long MAX_REQUEST = 256 * 1024;

  private McxServer() {}

  /**
   * Starts the services and returns once they accept requests.
   *
   * @throws McxException if the configuration or the stored keys are unusable (message says which)
   * @throws IOException if the data directory cannot be used
   * @throws RuntimeException if the port cannot be bound (Javalin's bind exception) or the database is unusable
   */
  public static RunningServer start(ServerConfig cfg) throws McxException, IOException {
    SecureRandom random = new SecureRandom();
    Clock clock = Clock.systemUTC();
    Files.createDirectories(cfg.dataDir());
    McxConfig c = cfg.config();
    KeyEncryptionKey kek = kek(cfg, random);
    Database db = cfg.dbUrl() == null ? Database.embedded(cfg.dataDir()) : Database.open(cfg.dbUrl());
    Javalin app = null;
    GmsRunner gms = null;
    CallServer calls = null;
    try {
      KmsSettings kmsSettings = KmsSettings.of(c.kms().uri(),
          new KeyPeriod(c.kms().userKeyPeriod(), c.kms().userKeyOffset()));
      KmsService kms = KmsService.open(kmsSettings, cfg.kmsCrypto(), KmsStore.jdbc(db),
          new SecretSealer(kek, random), random, clock);
      UserDirectory users = new UserDirectory(c.users().stream()
          .map(u -> new UserDirectory.User(u.uri(), u.password(), u.dispatcher())).toList());
      LocalTokenService tokens = new LocalTokenService(users, kek.deriveSubkey("jwt-hs256"), "mcxsec",
          Duration.ofSeconds(c.auth().tokenLifetime()), clock);
      TokenVerifier verifier = c.auth().oidc() == null ? tokens : new OidcTokenVerifier(c.auth().oidc().issuer(),
          URI.create(c.auth().oidc().jwksUrl()).toURL(), c.auth().oidc().audience(), c.auth().oidc().identityClaim());
      SelfSignedTls tls = cfg.tls() ? SelfSignedTls.generate(cfg.host(), random) : null;
      app = app(cfg, tls);
      ErrorMapper.install(app);
      if (c.auth().oidc() == null) {
        app.post(TokenEndpoint.PATH, new TokenEndpoint(tokens)::handle);
      }
      BearerAuth bearer = new BearerAuth(verifier);
      new KmsRoutes(kms, bearer, clock).install(app);
      gms = !cfg.gms() ? null : GmsRunner.start(c, cfg.gmkMessages() != null ? cfg.gmkMessages()
          : gmkMessages(c.gms().uri(), kms, random, clock), db, new SecretSealer(kek, random), random, clock, bearer,
          app);
      if (gms != null && cfg.calls()) {
        calls = CallServer.create(new GmsGroupDirectory(gms.service(), GmsRunner.definitions(c), c.entitledUsers()),
            new ExplicitConfigurationMapping(c.explicitMapping(), Map.of()), verifier,
            new InetSocketAddress(cfg.host(), cfg.relayPort()));
        calls.install(app);
      }
      app.start();
      Path certFile = null;
      if (tls != null) {
        certFile = cfg.dataDir().resolve("tls-cert.pem");
        tls.writeCertificate(certFile);
      }
      String url = (tls == null ? "http" : "https") + "://" + hostForUrl(cfg.host()) + ":" + app.port();
      LOG.info("mcxsec serving KMS {}{} at {} (database {}, {} configured users, tokens {})", kmsSettings.kmsUri(),
          gms == null ? "" : " and GMS " + c.gms().uri(), url, db.describe(), users.uris().size(),
          c.auth().oidc() == null ? "built-in" : "from " + c.auth().oidc().issuer());
      if (calls != null) {
        LOG.info("call server: signalling at {}{}, SRTP relay on UDP {}", url.replaceFirst("^http", "ws"),
            WebSocketSignalling.PATH, calls.relay().localAddress());
      }
      return new RunningServer(app, db, url, kms, gms, calls, tokens, tls == null ? null : tls.certificate(),
          certFile);
    } catch (McxException | IOException | RuntimeException e) {
      // 1. stop whatever started, so that a failed start leaves no thread, port or database lock behind
      if (app != null) {
        app.stop();
      }
      if (calls != null) {
        calls.close();
      }
      if (gms != null) {
        gms.stop();
      }
      db.close();
      throw e;
    }
  }

  /** Real I_MESSAGEs, signed with the GMS's own key set for each period, issued by the KMS in this process. */
  private static GmkMessageFactory gmkMessages(String gmsUri, KmsService kms, SecureRandom random, Clock clock) {
    KmsCertificate cert = kms.certificate();
    return new MikeyGmkMessages(gmsUri, cert.kmsUri(), kms.settings().keyPeriod(), cert.pubEncKey(), periodNo -> {
      try {
        UserKeySet k = kms.keySet(gmsUri, periodNo);
        return EccsiSigningKey.validate(cert.pubAuthKey(), k.userId(), k.ssk(), k.pvt());
      } catch (MalformedMessageException e) {
        throw new KeyMaterialException("GMS URI " + gmsUri + " cannot be issued keys: " + e.getMessage());
      }
    }, random, clock);
  }

  private static KeyEncryptionKey kek(ServerConfig cfg, SecureRandom random) throws McxException, IOException {
    McxConfig.Storage s = cfg.config().storage();
    if (s.kek() != null) {
      return KeyEncryptionKey.fromHex(s.kek());
    }
    Path file = s.kekFile() != null ? Path.of(s.kekFile()) : cfg.dataDir().resolve("kek");
    return KeyEncryptionKey.loadOrGenerate(file, random);
  }

  private static Javalin app(ServerConfig cfg, SelfSignedTls tls) {
    return Javalin.create(j -> {
      j.showJavalinBanner = false;
      j.http.maxRequestSize = MAX_REQUEST;
      j.jetty.defaultHost = cfg.host();
      j.jetty.defaultPort = cfg.httpPort();
      if (tls != null) {
        j.jetty.addConnector((server, httpConfig) -> {
          SslContextFactory.Server ssl = new SslContextFactory.Server();
          ssl.setKeyStore(tls.keyStore());
          ssl.setKeyStorePassword(tls.password());
          ServerConnector connector = new ServerConnector(server, ssl);
          connector.setHost(cfg.host());
          connector.setPort(cfg.httpPort());
          return connector;
        });
      }
    });
  }

  private static String hostForUrl(String host) {
    return host.contains(":") ? "[" + host + "]" : host;
  }
}
