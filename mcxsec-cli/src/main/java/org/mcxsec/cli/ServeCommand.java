// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.mcxsec.crypto.McxException;
import org.mcxsec.kms.EccsiSakkeKmsCrypto;
import org.mcxsec.server.app.McxConfig;
import org.mcxsec.server.app.McxConfigFile;
import org.mcxsec.server.app.McxServer;
import org.mcxsec.server.app.RunningServer;
import org.mcxsec.server.app.ServerConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mcxsec serve} (design §3 "Service contract"): runs the services on loopback with the embedded database
 * under {@code --data} (or {@code --db}), prints {@code ready url=…} once requests are accepted, and stops cleanly
 * on SIGTERM. Exit 1 with an {@code error=} line if the configuration or the stored keys are unusable.
 */
@Command(name = "serve", description = "Run the KMS (TS 33.180 Annex D), the GMS, the call server and the token"
    + " service on loopback.")
public final class ServeCommand implements RunnableCommand {
  @Option(names = "--data", defaultValue = "mcxsec-data", description = "data directory (database, KEK, TLS cert)")
  Path data;

  @Option(names = "--http-port", defaultValue = "8080", description = "port (0 picks a free one)")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "address to listen on")
  String host;

  @Option(names = "--config", description = "YAML configuration")
  Path config;

  @Option(names = "--db", description = "JDBC URL, e.g. jdbc:postgresql://host/db?user=u&password=p")
  String db;

  @Option(names = "--tls", description = "serve HTTPS with a self-signed certificate (written to DATA/tls-cert.pem)")
  boolean tls;

  @Option(names = "--no-gms", description = "run the KMS alone (no GMS, no call server)")
  boolean noGms;

  @Option(names = "--no-calls", description = "run the KMS and the GMS without the call server")
  boolean noCalls;

  @Option(names = "--relay-port", defaultValue = "0", description = "UDP port of the SRTP relay (0 picks a free one)")
  int relayPort;

  @Override
  public int run(PrintWriter out, PrintWriter err) {
    RunningServer server;
    try {
      McxConfig c = config == null ? McxConfig.defaults() : McxConfigFile.load(config);
      ServerConfig sc = ServerConfig.of(data, new EccsiSakkeKmsCrypto()).withHost(host).withPort(port).withTls(tls)
          .withDbUrl(db).withConfig(c).withRelayPort(relayPort);
      if (noCalls) {
        sc = sc.withoutCalls();
      }
      server = McxServer.start(noGms ? sc.withoutGms() : sc);
    } catch (McxException | IOException | RuntimeException e) {
      out.println("error=cannot serve: " + e.getMessage());
      out.flush();
      return 1;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.stop();
      stopped.countDown();
    }, "mcxsec-serve-stop"));
    out.println("ready url=" + server.url());
    out.flush();
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return 0;
  }
}
