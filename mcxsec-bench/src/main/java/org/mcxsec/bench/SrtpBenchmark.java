// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.bench;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * SRTP protect and unprotect, one RTP packet per invocation, mcxsec side by side with jitsi-srtp in one run.
 *
 * <p>How it measures:
 * <ul>
 *   <li>{@code protect}: copies a plain packet template into a work buffer, writes the next sequence number
 *       (wrapping, so the ROC grows) and protects it in place. Both implementations pay the same copy.
 *   <li>{@code unprotect}: setup protects a ring of {@value #RING} packets with consecutive sequence numbers once
 *       (and checks that every one unprotects back to the plain packet). Each invocation copies the next ring
 *       packet into the work buffer and unprotects it in place with replay protection on, so every packet is
 *       fresh and authentic. When the ring wraps, the receiver context is rebuilt (new session keys, empty replay
 *       window); that cost, once per {@value #RING} packets, is included. A packet that fails to unprotect fails
 *       the trial.
 *   <li>{@code mki}: octets of MKI per packet. jitsi-srtp has no MKI support, so its {@code mki=4} runs stop in
 *       setup with a message; compare implementations at {@code mki=0}.
 * </ul>
 *
 * <p>Run: {@code java -jar mcxsec-bench/target/benchmarks.jar SrtpBenchmark -p payloadBytes=160 -p mki=0}; add
 * {@code -prof gc} to see allocation per packet.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SrtpBenchmark {
  static final int RING = 4096;
  private static final int SSRC = 0x4d617273;

  @Param({"mcxsec", "jitsi"})
  public String impl;

  @Param({"aead-aes-128-gcm", "aes-cm-128-hmac-sha1-80"})
  public String profile;

  @Param({"33", "160", "1200"})
  public int payloadBytes;

  @Param({"0", "4"})
  public int mki;

  private SrtpBenchAdapter sut;
  private byte[] plain;
  private byte[] work;
  private byte[][] ring;
  private int[] ringLength;
  private int seq;
  private int next;
  private long failures;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    plain = template(payloadBytes);
    work = new byte[plain.length + 64];
    sut = SrtpBenchAdapter.create(impl, profile, mki, SSRC);
    ring = new byte[RING][];
    ringLength = new int[RING];
    try (SrtpBenchAdapter generator = SrtpBenchAdapter.create(impl, profile, mki, SSRC)) {
      for (int i = 0; i < RING; i++) {
        System.arraycopy(plain, 0, work, 0, plain.length);
        setSequence(work, i);
        ringLength[i] = generator.protect(work, plain.length);
        ring[i] = Arrays.copyOf(work, ringLength[i]);
      }
    }
    for (int i = 0; i < RING; i++) {
      System.arraycopy(ring[i], 0, work, 0, ringLength[i]);
      int n = sut.unprotect(work, ringLength[i]);
      setSequence(plain, i);
      if (n != plain.length || !Arrays.equals(plain, 0, n, work, 0, n)) {
        throw new IllegalStateException(impl + " did not unprotect ring packet " + i + " to the plain packet");
      }
    }
    setSequence(plain, 0);
    sut.resetReceiver();
  }

  @Benchmark
  public int protect() {
    System.arraycopy(plain, 0, work, 0, plain.length);
    setSequence(work, seq);
    seq = (seq + 1) & 0xFFFF;
    return sut.protect(work, plain.length);
  }

  @Benchmark
  public int unprotect() {
    if (next == RING) {
      sut.resetReceiver();
      next = 0;
    }
    int len = ringLength[next];
    System.arraycopy(ring[next], 0, work, 0, len);
    next++;
    int n = sut.unprotect(work, len);
    if (n < 0) {
      failures++;
    }
    return n;
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    sut.close();
    if (failures > 0) {
      throw new IllegalStateException(failures + " ring packets failed to unprotect");
    }
  }

  private static byte[] template(int payload) {
    byte[] p = new byte[12 + payload];
    p[0] = (byte) 0x80;
    p[1] = 0x0f;
    p[4] = (byte) 0xde;
    p[5] = (byte) 0xca;
    p[6] = (byte) 0xfb;
    p[7] = (byte) 0xad;
    p[8] = (byte) (SSRC >>> 24);
    p[9] = (byte) (SSRC >>> 16);
    p[10] = (byte) (SSRC >>> 8);
    p[11] = (byte) SSRC;
    for (int i = 12; i < p.length; i++) {
      p[i] = (byte) (i * 29 + 0xab);
    }
    return p;
  }

  private static void setSequence(byte[] p, int s) {
    p[2] = (byte) (s >>> 8);
    p[3] = (byte) s;
  }
}
