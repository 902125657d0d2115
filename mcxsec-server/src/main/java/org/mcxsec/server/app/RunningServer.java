// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.server.app;

import io.javalin.Javalin;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Optional;
import org.mcxsec.auth.LocalTokenService;
import org.mcxsec.gms.GmsService;
import org.mcxsec.kms.KmsService;
import org.mcxsec.server.ws.CallServer;
import org.mcxsec.store.Database;

/**
 * A started {@link McxServer}: where it listens, the in-process services (KMS, GMS, call server, for the demo and
 * tests running in the same process), and {@link #stop()}.
 *
 * <p>Thread safety: {@link #stop()} may be called from a shutdown hook; it is idempotent.
 */
public final class RunningServer implements AutoCloseable {
  private final Javalin app;
  private final Database db;
  private final String url;
  private final KmsService kms;
  private final GmsRunner gms;
  private final CallServer calls;
  private final LocalTokenService tokens;
  private final X509Certificate certificate;
  private final Path certificateFile;
  private boolean stopped;

  RunningServer(Javalin app, Database db, String url, KmsService kms, GmsRunner gms, CallServer calls,
      LocalTokenService tokens, X509Certificate certificate, Path certificateFile) {
    this.app = app;
    this.db = db;
    this.url = url;
    this.kms = kms;
    this.gms = gms;
    this.calls = calls;
    this.tokens = tokens;
    this.certificate = certificate;
    this.certificateFile = certificateFile;
  }

  /** The port it listens on. */
  public int port() {
    return app.port();
  }

  /** The base URL, e.g. {@code http://127.0.0.1:8080} or {@code https://127.0.0.1:8443}. */
  public String url() {
    return url;
  }

  /** The KMS, for in-process callers (the GMS obtains its own key set here). */
  public KmsService kms() {
    return kms;
  }

  /** The GMS, if it runs in this process. */
  public Optional<GmsService> gms() {
    return Optional.ofNullable(gms).map(GmsRunner::service);
  }

  /**
   * The call server, if it runs in this process: signalling at {@code ws://…/mcptt/ws} on {@link #port()}, the
   * SRTP relay at {@code calls().relay().localAddress()}.
   */
  public Optional<CallServer> calls() {
    return Optional.ofNullable(calls);
  }

  /** The built-in token service (issues tokens for configured users and in-process server identities). */
  public LocalTokenService tokens() {
    return tokens;
  }

  /** With {@code tls}: the self-signed certificate clients should trust. */
  public Optional<X509Certificate> certificate() {
    return Optional.ofNullable(certificate);
  }

  /** With {@code tls}: the PEM file of {@link #certificate()}. */
  public Optional<Path> certificateFile() {
    return Optional.ofNullable(certificateFile);
  }

  /** Stops serving and closes the database. */
  public synchronized void stop() {
    if (!stopped) {
      stopped = true;
      app.stop();
      if (calls != null) {
        calls.close();
      }
      if (gms != null) {
        gms.stop();
      }
      db.close();
    }
  }

  @Override
  public void close() {
    stop();
  }
}
