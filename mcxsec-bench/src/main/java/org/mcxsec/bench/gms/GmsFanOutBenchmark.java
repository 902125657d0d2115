// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.bench.gms;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.mcxsec.crypto.McxException;
import org.mcxsec.crypto.eccsi.EccsiKmsKey;
import org.mcxsec.crypto.kdf.KeyPeriod;
import org.mcxsec.crypto.kdf.MikeySakkeUid;
import org.mcxsec.crypto.sakke.SakkeKmsKey;
import org.mcxsec.gms.FanOutProgress;
import org.mcxsec.gms.Gmk;
import org.mcxsec.gms.GmkPolicy;
import org.mcxsec.gms.GmsListener;
import org.mcxsec.gms.GmsService;
import org.mcxsec.gms.GroupDefinition;
import org.mcxsec.gms.GroupKind;
import org.mcxsec.gms.MikeyGmkMessages;
import org.mcxsec.gms.internal.JdbcGmsStore;
import org.mcxsec.store.Database;
import org.mcxsec.store.KeyEncryptionKey;
import org.mcxsec.store.SecretSealer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * GMK fan-out (TS 33.180 §5.7): a new GMK for a group of {@value #MEMBERS} members, one signed MIKEY-SAKKE
 * I_MESSAGE each (SAKKE encapsulation to the member's UID, key parameters, ECCSI signature), built on all cores and
 * stored one by one in the embedded H2 database. Scored in member deliveries per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class GmsFanOutBenchmark {
  static final int MEMBERS = 200;
  private static final String GROUP = "sip:big@bench.local";
  private static final String KMS = "kms.bench.local";
  private static final String GMS = "sip:gms@bench.local";
  private static final KeyPeriod PERIOD = new KeyPeriod(2_592_000, 0);

  private Path dir;
  private Database db;
  private GmsService gms;
  private EccsiKmsKey eccsi;
  private SakkeKmsKey sakke;
  private Clock clock;

  @Setup(Level.Trial)
  public void start() throws Exception {
    dir = Files.createTempDirectory("mcxsec-bench-gms");
    db = Database.embedded(dir);
    SecureRandom random = new SecureRandom();
    clock = Clock.systemUTC();
    eccsi = EccsiKmsKey.generate(random);
    sakke = SakkeKmsKey.generate(random);
    MikeyGmkMessages messages = new MikeyGmkMessages(GMS, KMS, PERIOD, sakke.publicKey(),
        p -> eccsi.issue(MikeySakkeUid.of(GMS, KMS, PERIOD, p), random), random, clock);
    gms = new GmsService(new JdbcGmsStore(db), new SecretSealer(KeyEncryptionKey.generate(random), random), messages,
        GmkPolicy.defaults(), random, clock, GmsListener.NONE, FanOutProgress.NONE);
    List<String> members = IntStream.range(0, MEMBERS).mapToObj(i -> "sip:m" + i + "@bench.local").toList();
    gms.configure(List.of(new GroupDefinition(GROUP, GroupKind.GROUP, members)));
  }

  @Benchmark
  @OperationsPerInvocation(MEMBERS)
  public Gmk newGmkToEveryMember() throws McxException {
    return gms.createGmk(GROUP, clock.instant());
  }

  @TearDown(Level.Trial)
  public void stop() throws IOException {
    gms.close();
    db.close();
    eccsi.close();
    sakke.close();
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
