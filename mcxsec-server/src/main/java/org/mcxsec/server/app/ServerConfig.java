// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.server.app;

import java.nio.file.Path;
import java.util.Objects;
import org.mcxsec.gms.GmkMessageFactory;
import org.mcxsec.kms.KmsCrypto;

/**
 * How to start {@link McxServer} (the options of {@code serve}, design §3).
 *
 * @param dataDir holds the embedded database, the generated key-encryption key and the TLS certificate
 * @param host the address to listen on (loopback by default)
 * @param httpPort the port; 0 picks a free one
 * @param tls serve HTTPS with a self-signed certificate generated at start
 * @param dbUrl a JDBC URL (e.g. PostgreSQL), or null for the embedded H2 database in {@code dataDir}
 * @param config the YAML configuration
 * @param kmsCrypto the ECCSI/SAKKE implementation the KMS issues keys with
 * @param gms run the GMS too (else the KMS alone)
 * @param gmkMessages builds the GMS's I_MESSAGEs; null for the real ones (MIKEY-SAKKE signed with the GMS's own
 *     key set from this KMS)
 * @param calls run the call server too (WebSocket signalling on the same port, the SRTP relay over UDP); it reads
 *     its groups from the GMS, so it runs only with {@code gms}
 * @param relayPort the UDP port of the SRTP relay on {@code host}; 0 picks a free one
 */
public record ServerConfig(Path dataDir, String host, int httpPort, boolean tls, String dbUrl, McxConfig config,
    KmsCrypto kmsCrypto, boolean gms, GmkMessageFactory gmkMessages, boolean calls, int relayPort) {
  public ServerConfig {
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(kmsCrypto, "kmsCrypto");
    if (httpPort < 0 || httpPort > 65535) {
      throw new IllegalArgumentException("HTTP port " + httpPort + " is outside [0, 65535]");
    }
    if (relayPort < 0 || relayPort > 65535) {
      throw new IllegalArgumentException("relay port " + relayPort + " is outside [0, 65535]");
    }
  }

  /** Loopback, free ports, plain HTTP, embedded database, default configuration, KMS, GMS and call server. */
  public static ServerConfig of(Path dataDir, KmsCrypto kmsCrypto) {
    return new ServerConfig(dataDir, "127.0.0.1", 0, false, null, McxConfig.defaults(), kmsCrypto, true, null, true,
        0);
  }

  public ServerConfig withHost(String h) {
    return new ServerConfig(dataDir, h, httpPort, tls, dbUrl, config, kmsCrypto, gms, gmkMessages, calls, relayPort);
  }

  public ServerConfig withPort(int port) {
    return new ServerConfig(dataDir, host, port, tls, dbUrl, config, kmsCrypto, gms, gmkMessages, calls, relayPort);
  }

  public ServerConfig withTls(boolean on) {
    return new ServerConfig(dataDir, host, httpPort, on, dbUrl, config, kmsCrypto, gms, gmkMessages, calls, relayPort);
  }

  public ServerConfig withDbUrl(String url) {
    return new ServerConfig(dataDir, host, httpPort, tls, url, config, kmsCrypto, gms, gmkMessages, calls, relayPort);
  }

  /** Runs the GMS with {@code factory} building its I_MESSAGEs (tests). */
  public ServerConfig withGms(GmkMessageFactory factory) {
    return new ServerConfig(dataDir, host, httpPort, tls, dbUrl, config, kmsCrypto, true, factory, calls, relayPort);
  }

  /** Runs the KMS alone (the call server needs the GMS, so it does not run either). */
  public ServerConfig withoutGms() {
    return new ServerConfig(dataDir, host, httpPort, tls, dbUrl, config, kmsCrypto, false, null, false, relayPort);
  }

  /** Runs the KMS and the GMS without the call server. */
  public ServerConfig withoutCalls() {
    return new ServerConfig(dataDir, host, httpPort, tls, dbUrl, config, kmsCrypto, gms, gmkMessages, false,
        relayPort);
  }

  /** Binds the SRTP relay to UDP {@code port} on the listening host (0 picks a free one). */
  public ServerConfig withRelayPort(int port) {
    return new ServerConfig(dataDir, host, httpPort, tls, dbUrl, config, kmsCrypto, gms, gmkMessages, calls, port);
  }

  public ServerConfig withConfig(McxConfig c) {
    return new ServerConfig(dataDir, host, httpPort, tls, dbUrl, c, kmsCrypto, gms, gmkMessages, calls, relayPort);
  }
}
