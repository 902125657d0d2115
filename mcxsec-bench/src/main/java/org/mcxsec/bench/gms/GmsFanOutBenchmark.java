// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.bench.gms;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.McxException;
import org.mcxsec.crypto.SecretBytes;
import org.mcxsec.crypto.eccsi.EccsiKmsKey;
import org.mcxsec.crypto.eccsi.EccsiSignature;
import org.mcxsec.crypto.eccsi.EccsiSigner;
import org.mcxsec.crypto.kdf.KeyPeriod;
import org.mcxsec.crypto.kdf.MikeySakkeUid;
import org.mcxsec.crypto.sakke.SakkeEncapsulatedData;
import org.mcxsec.crypto.sakke.SakkeEncapsulator;
import org.mcxsec.crypto.sakke.SakkeKmsKey;
import org.mcxsec.gms.FanOutProgress;
import org.mcxsec.gms.Gmk;
import org.mcxsec.gms.GmkPolicy;
import org.mcxsec.gms.GmsListener;
import org.mcxsec.gms.GmsService;
import org.mcxsec.gms.GroupKind;
import org.mcxsec.gms.MikeyGmkMessages;
import org.mcxsec.gms.internal.JdbcGmsStore;
import org.mcxsec.store.Database;
import org.mcxsec.store.KeyEncryptionKey;
import org.mcxsec.store.SecretSealer;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * GMK fan-out (TS 33.180 §5.7) against the crypto it cannot avoid, in one run:
 *
 * <ul>
 *   <li>{@code fanOut}: a new GMK for a group of {@code members} (100, 1,000, 10,000), one signed MIKEY-SAKKE
 *       I_MESSAGE per member built on every core by {@link GmsService} and stored in the embedded H2 database.
 *       The secondary result {@code iMessages} is the score: I_MESSAGEs per second. One invocation is one whole
 *       fan-out, so a 10,000-member iteration is a single invocation of some seconds. Warm-up is one long
 *       iteration: with both cores building messages, the JIT compiler gets little time, and a short warm-up
 *       scores JIT progress rather than the fan-out.
 *   <li>{@code cryptoOnly}: on one thread, exactly the public-key work one I_MESSAGE needs: SAKKE encapsulation
 *       of the GMK to a member UID never seen before (RFC 6508 §6.2.1, as the fan-out does it: no per-recipient
 *       tables) and an ECCSI signature (RFC 6507 §5.2.1) over an I_MESSAGE-sized input. Operations per second.
 * </ul>
 *
 * <p>The crypto limit on a machine with {@code n} cores is {@code n × cryptoOnly}; the fan-out's efficiency is
 * {@code iMessages / (n × cryptoOnly)}.
 *
 * <p>Run ({@code -t 1}: the fan-out makes its own threads):
 * {@code java -jar mcxsec-bench/target/benchmarks.jar GmsFanOutBenchmark -t 1}. One member size only:
 * {@code … GmsFanOutBenchmark -p members=1000}. Run it on an idle machine ({@code uptime} load well below the
 * core count): the fan-out needs every core, the crypto baseline only one. Where the machine cannot be idle, add
 * {@code -prof perfnorm:events=task-clock} (Linux {@code perf}): the CPU milliseconds per operation do not depend
 * on load much, and {@code cryptoOnly:task-clock / (fanOut:task-clock / members)} is the fan-out's efficiency.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Threads(1)
public class GmsFanOutBenchmark {
  static final String KMS = "kms.bench.local";
  static final String GMS = "sip:gms@bench.local";
  static final KeyPeriod PERIOD = new KeyPeriod(2_592_000, 0);
  private static final String GROUP = "sip:big@bench.local";
  /**
   * I_MESSAGE octets before the SAKKE payload's data and after it up to the SIGN payload (header, T, RAND, IDRs,
   * key parameters) for a GMK to a member of this benchmark, about: the signature covers these and the SED.
   */
  private static final int OTHER_SIGNED_OCTETS = 210;

  /** I_MESSAGEs made, reported per second. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Counter {
    public long iMessages;

    @Setup(Level.Iteration)
    public void reset() {
      iMessages = 0;
    }
  }

  /** A GMS whose group has {@code members} members, and no GMK until the benchmark makes one. */
  @State(Scope.Benchmark)
  public static class FanOutState {
    @Param({"100", "1000", "10000"})
    int members;

    Path dir;
    Database db;
    GmsService gms;
    EccsiKmsKey eccsi;
    SakkeKmsKey sakke;
    Clock clock;

    @Setup(Level.Trial)
    public void start() throws IOException {
      dir = Files.createTempDirectory("mcxsec-bench-gms");
      db = Database.embedded(dir);
      SecureRandom random = new SecureRandom();
      clock = Clock.systemUTC();
      eccsi = EccsiKmsKey.generate(random);
      sakke = SakkeKmsKey.generate(random);
      MikeyGmkMessages messages = new MikeyGmkMessages(GMS, KMS, PERIOD, sakke.publicKey(),
          p -> eccsi.issue(MikeySakkeUid.of(GMS, KMS, PERIOD, p), random), random, clock);
      JdbcGmsStore store = new JdbcGmsStore(db);
      store.ensureGroup(GROUP, GroupKind.GROUP);
      for (int i = 0; i < members; i++) {
        store.addMember(GROUP, member(i));
      }
      gms = new GmsService(store, new SecretSealer(KeyEncryptionKey.generate(random), random), messages,
          GmkPolicy.defaults(), random, clock, GmsListener.NONE, FanOutProgress.NONE);
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

  /** SAKKE to a stream of fresh member UIDs and an ECCSI signing key, as the fan-out has them. */
  @State(Scope.Thread)
  public static class CryptoState {
    private static final int UIDS = 1 << 14;

    SakkeEncapsulator encapsulator;
    EccsiSigner signer;
    SecretBytes gmk;
    Bytes otherSigned;
    final Bytes[] uids = new Bytes[UIDS];
    int next;

    @Setup(Level.Trial)
    public void start() throws McxException {
      SecureRandom random = new SecureRandom();
      long periodNo = PERIOD.periodNumberAt(Clock.systemUTC().instant());
      try (EccsiKmsKey eccsi = EccsiKmsKey.generate(random); SakkeKmsKey sakke = SakkeKmsKey.generate(random)) {
        encapsulator = SakkeEncapsulator.forKms(sakke.publicKey(), 0);
        signer = new EccsiSigner(eccsi.issue(MikeySakkeUid.of(GMS, KMS, PERIOD, periodNo), random), random);
      }
      for (int i = 0; i < UIDS; i++) {
        uids[i] = MikeySakkeUid.of(member(i), KMS, PERIOD, periodNo);
      }
      gmk = SecretBytes.random(16, random);
      byte[] octets = new byte[OTHER_SIGNED_OCTETS];
      random.nextBytes(octets);
      otherSigned = Bytes.copyOf(octets);
    }

    /** A UID not encapsulated to in the last {@value #UIDS} calls. */
    Bytes nextUid() {
      next = (next + 1) & (UIDS - 1);
      return uids[next];
    }
  }

  static String member(int i) {
    return "sip:m" + i + "@bench.local";
  }

  @Benchmark
  @Warmup(iterations = 1, time = 20)
  @Measurement(iterations = 2, time = 6)
  public Gmk fanOut(FanOutState s, Counter counter) throws McxException {
    Gmk gmk = s.gms.createGmk(GROUP, s.clock.instant());
    counter.iMessages += s.members;
    return gmk;
  }

  @Benchmark
  @Warmup(iterations = 2, time = 3)
  @Measurement(iterations = 3, time = 3)
  public EccsiSignature cryptoOnly(CryptoState s) throws McxException {
    SakkeEncapsulatedData sed = s.encapsulator.encapsulate(s.nextUid(), s.gmk);
    return s.signer.sign(Bytes.concat(s.otherSigned, sed.encode()));
  }
}
