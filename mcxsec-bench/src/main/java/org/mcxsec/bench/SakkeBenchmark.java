// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.bench;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.mcxsec.crypto.McxException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * SAKKE (RFC 6508, parameter set 1), mcxsec side by side with Bouncy Castle's arithmetic wrapped in RFC
 * encodings ({@link BouncyCastleSakke}), every invocation with a new SSV:
 *
 * <ul>
 *   <li>{@code encapsulate}: to one recipient again and again (a GMS re-keying a member; per-recipient tables may
 *       be warm);
 *   <li>{@code encapsulateNewRecipient}: a fresh random 32-octet identifier every time, nothing cached;
 *   <li>{@code decapsulate}: one receiver with its fixed RSK, cycling through 256 encapsulations of distinct SSVs.
 * </ul>
 *
 * <p>Run: {@code java -jar mcxsec-bench/target/benchmarks.jar SakkeBenchmark -f 1 -wi 2 -w 2 -i 3 -r 3 -t 1}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class SakkeBenchmark {
  private static final int POOL = 256;

  @Param({"mcxsec", "bouncycastle"})
  String impl;

  private SakkeAdapter sakke;
  private final SplittableRandom random = new SplittableRandom(6508);
  private final byte[] receiverId = new byte[32];
  private final byte[][] encapsulated = new byte[POOL][];
  private int next;

  @Setup
  public void setUp() throws McxException {
    byte[] z = new byte[128];
    random.nextBytes(z);
    z[0] &= 0x1f; // below q
    random.nextBytes(receiverId);
    receiverId[0] |= (byte) 0x80; // the common case that Bouncy Castle's own KEM classes get wrong
    McxsecSakke mcxsec = new McxsecSakke(z, receiverId);
    sakke = impl.equals("mcxsec") ? mcxsec : new BouncyCastleSakke(z, receiverId);
    for (int i = 0; i < POOL; i++) {
      encapsulated[i] = mcxsec.encapsulate(receiverId, ssv());
    }
    byte[] check = mcxsec.encapsulate(receiverId, new byte[16]);
    if (!Arrays.equals(check, sakke.encapsulate(receiverId, new byte[16]))
        || !Arrays.equals(new byte[16], sakke.decapsulate(check))) {
      throw new IllegalStateException(impl + " disagrees with mcxsec on one encapsulation");
    }
  }

  @Benchmark
  public byte[] encapsulate() {
    return sakke.encapsulate(receiverId, ssv());
  }

  @Benchmark
  public byte[] encapsulateNewRecipient() {
    byte[] id = new byte[32];
    random.nextBytes(id);
    return sakke.encapsulate(id, ssv());
  }

  @Benchmark
  public byte[] decapsulate() {
    next = (next + 1) % POOL;
    return sakke.decapsulate(encapsulated[next]);
  }

  private byte[] ssv() {
    byte[] s = new byte[16];
    random.nextBytes(s);
    return s;
  }
}
