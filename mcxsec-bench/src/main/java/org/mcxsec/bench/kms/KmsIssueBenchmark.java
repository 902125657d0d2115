// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.bench.kms;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.mcxsec.crypto.McxException;
import org.mcxsec.crypto.kdf.KeyPeriod;
import org.mcxsec.kms.EccsiSakkeKmsCrypto;
import org.mcxsec.kms.KmsService;
import org.mcxsec.kms.KmsStore;
import org.mcxsec.kms.KmsSettings;
import org.mcxsec.kms.UserKeySet;
import org.mcxsec.store.Database;
import org.mcxsec.store.KeyEncryptionKey;
import org.mcxsec.store.SecretSealer;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issuing a new user's key set in-process (no HTTP): UID, ECCSI SSK/PVT (RFC 6507 §5.1.1), SAKKE RSK (RFC 6508
 * §6.1.1), sealing both secrets and storing the row in the embedded H2 database. This is the cost of a user's
 * first key provisioning in a period; later requests are served from the cache ({@link KmsKeyProvBenchmark}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
public class KmsIssueBenchmark {
  private Path dir;
  private Database db;
  private KmsService kms;
  private long user;

  @Setup(Level.Trial)
  public void start() throws Exception {
    dir = Files.createTempDirectory("mcxsec-bench-kms-issue");
    db = Database.embedded(dir);
    SecureRandom random = new SecureRandom();
    kms = KmsService.open(KmsSettings.of("kms.bench.local", new KeyPeriod(2_592_000, 0)),
        new EccsiSakkeKmsCrypto(), KmsStore.jdbc(db), new SecretSealer(KeyEncryptionKey.generate(random), random),
        random, Clock.systemUTC());
  }

  @Benchmark
  public UserKeySet issueNewUser() throws McxException {
    return kms.keySet("sip:user" + (user++) + "@bench.local", 1545);
  }

  @TearDown(Level.Trial)
  public void stop() throws IOException {
    db.close();
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
