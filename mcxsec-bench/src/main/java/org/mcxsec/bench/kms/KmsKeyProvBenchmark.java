// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.bench.kms;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.mcxsec.kms.EccsiSakkeKmsCrypto;
import org.mcxsec.server.app.McxConfigFile;
import org.mcxsec.server.app.McxServer;
import org.mcxsec.server.app.RunningServer;
import org.mcxsec.server.app.ServerConfig;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.ThreadParams;

/**
 * KMS key provisioning ({@code POST /keymanagement/identity/v1/keyprov}, TS 33.180 Annex D) over loopback HTTP
 * with 50 concurrent clients, each a different user with a bearer token, for key sets already issued (the
 * steady state: every request authenticates the token, opens the cached sealed key set and writes the XML).
 * Client and server share the machine, so the figure is a lower bound for the server alone.
 *
 * <p>Run: {@code java -jar mcxsec-bench/target/benchmarks.jar KmsKeyProvBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(KmsKeyProvBenchmark.CLIENTS)
@Fork(1)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
public class KmsKeyProvBenchmark {
  static final int CLIENTS = 50;
  private static final Pattern TOKEN = Pattern.compile("\"access_token\":\"([^\"]+)\"");

  private Path dir;
  private RunningServer server;
  private HttpClient http;
  private HttpRequest[] requests;

  @Setup(Level.Trial)
  public void start() throws Exception {
    dir = Files.createTempDirectory("mcxsec-bench-kms");
    StringBuilder yaml = new StringBuilder("kms: {uri: kms.bench.local}\nusers:\n");
    for (int i = 0; i < CLIENTS; i++) {
      yaml.append("  - {uri: 'sip:user").append(i).append("@bench.local', password: pw}\n");
    }
    server = McxServer.start(ServerConfig.of(dir, new EccsiSakkeKmsCrypto())
        .withConfig(McxConfigFile.parse(yaml.toString(), "benchmark")));
    http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    requests = new HttpRequest[CLIENTS];
    for (int i = 0; i < CLIENTS; i++) {
      String token = token("sip:user" + i + "@bench.local");
      requests[i] = HttpRequest.newBuilder(URI.create(server.url() + "/keymanagement/identity/v1/keyprov"))
          .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()).build();
      check(http.send(requests[i], HttpResponse.BodyHandlers.ofByteArray()));
    }
  }

  private String token(String user) throws IOException, InterruptedException {
    String form = "grant_type=password&password=pw&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8);
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.url() + "/oauth/token"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    Matcher m = TOKEN.matcher(r.body());
    if (!m.find()) {
      throw new IllegalStateException("no token for " + user + ": " + r.body());
    }
    return m.group(1);
  }

  /** Each benchmark thread is one client (one user). */
  @State(Scope.Thread)
  public static class Client {
    int index;

    @Setup
    public void pick(ThreadParams threads) {
      index = threads.getThreadIndex() % CLIENTS;
    }
  }

  @Benchmark
  public int keyprov(Client client) throws IOException, InterruptedException {
    return check(http.send(requests[client.index], HttpResponse.BodyHandlers.ofByteArray())).body().length;
  }

  private static HttpResponse<byte[]> check(HttpResponse<byte[]> r) {
    if (r.statusCode() != 200) {
      throw new IllegalStateException("keyprov answered " + r.statusCode());
    }
    return r;
  }

  @TearDown(Level.Trial)
  public void stop() throws IOException {
    server.stop();
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
