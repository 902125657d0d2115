// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.bench;

import java.security.SecureRandom;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.generators.ECCSIKeyPairGenerator;
import org.bouncycastle.crypto.params.ECCSIKeyGenerationParameters;
import org.bouncycastle.crypto.params.ECCSIPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECCSIPublicKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.ECCSISigner;
import org.bouncycastle.math.ec.ECPoint;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.McxException;
import org.mcxsec.crypto.eccsi.EccsiKmsKey;
import org.mcxsec.crypto.eccsi.EccsiSignature;
import org.mcxsec.crypto.eccsi.EccsiSigner;
import org.mcxsec.crypto.eccsi.EccsiSigningKey;
import org.mcxsec.crypto.eccsi.EccsiVerifier;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * ECCSI (RFC 6507, P-256 / SHA-256) sign and verify of a 400-octet message, mcxsec beside Bouncy Castle 1.87.
 *
 * <p>{@code sign}: one signature with a fresh j (Bouncy Castle: a new signer initialised per signature, since it
 * draws j in {@code init}). {@code verify}: a verifier that has seen this signer before (mcxsec caches HS and a
 * table of Y per PVT; Bouncy Castle recomputes Y in {@code init}, as its API requires per message).
 * {@code verifyFirstMessage}: a fresh mcxsec verifier per call, i.e. nothing cached (for Bouncy Castle the same
 * work as {@code verify}).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
@Fork(value = 1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class EccsiBenchmark {
  private static final int MESSAGE_OCTETS = 400;

  @Param({"mcxsec", "bouncycastle"})
  String impl;

  private Adapter adapter;

  /** One implementation's sign and verify. */
  private interface Adapter {
    Object sign() throws Exception;

    boolean verify() throws Exception;

    boolean verifyFirstMessage() throws Exception;
  }

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    Random fixed = new Random(6507);
    byte[] id = new byte[32];
    fixed.nextBytes(id);
    id[0] |= (byte) 0x80;
    byte[] message = new byte[MESSAGE_OCTETS];
    fixed.nextBytes(message);
    adapter = impl.equals("mcxsec") ? new Mcxsec(id, message) : new BouncyCastle(id, message);
    if (!adapter.verify() || !adapter.verifyFirstMessage()) {
      throw new IllegalStateException(impl + " does not verify its own signature");
    }
  }

  @Benchmark
  public Object sign() throws Exception {
    return adapter.sign();
  }

  @Benchmark
  public boolean verify() throws Exception {
    return adapter.verify();
  }

  @Benchmark
  public boolean verifyFirstMessage() throws Exception {
    return adapter.verifyFirstMessage();
  }

  private static final class Mcxsec implements Adapter {
    private final Bytes id;
    private final Bytes message;
    private final Bytes kpak;
    private final EccsiSigner signer;
    private final EccsiVerifier verifier;
    private final EccsiSignature signature;

    Mcxsec(byte[] id, byte[] message) throws McxException {
      SecureRandom random = new SecureRandom();
      this.id = Bytes.copyOf(id);
      this.message = Bytes.copyOf(message);
      EccsiKmsKey kms = EccsiKmsKey.generate(random);
      EccsiSigningKey key = kms.issue(this.id, random);
      kpak = kms.kpak();
      signer = new EccsiSigner(key, random);
      verifier = new EccsiVerifier(kpak, this.id);
      signature = signer.sign(this.message);
    }

    @Override
    public Object sign() throws McxException {
      return signer.sign(message);
    }

    @Override
    public boolean verify() throws McxException {
      verifier.verify(message, signature);
      return true;
    }

    @Override
    public boolean verifyFirstMessage() throws McxException {
      new EccsiVerifier(kpak, id).verify(message, signature);
      return true;
    }
  }

  private static final class BouncyCastle implements Adapter {
    private static final X9ECParameters CURVE = CustomNamedCurves.getByName("secP256r1");
    private final SecureRandom random = new SecureRandom();
    private final byte[] id;
    private final byte[] message;
    private final ECPoint kpak;
    private final ECCSIPrivateKeyParameters privateKey;
    private final ECCSIPublicKeyParameters publicKey;
    private final byte[] signature;

    BouncyCastle(byte[] id, byte[] message) throws Exception {
      this.id = id;
      this.message = message;
      ECCSIKeyGenerationParameters params = new ECCSIKeyGenerationParameters(random, CURVE, new SHA256Digest(), id);
      ECCSIKeyPairGenerator generator = new ECCSIKeyPairGenerator();
      generator.init(params);
      AsymmetricCipherKeyPair pair = generator.generateKeyPair();
      kpak = params.getKPAK();
      privateKey = (ECCSIPrivateKeyParameters) pair.getPrivate();
      publicKey = (ECCSIPublicKeyParameters) pair.getPublic();
      signature = (byte[]) sign();
    }

    @Override
    public Object sign() throws Exception {
      ECCSISigner s = new ECCSISigner(kpak, CURVE, new SHA256Digest(), id);
      s.init(true, new ParametersWithRandom(privateKey, random));
      s.update(message, 0, message.length);
      return s.generateSignature();
    }

    @Override
    public boolean verify() {
      ECCSISigner v = new ECCSISigner(kpak, CURVE, new SHA256Digest(), id);
      v.init(false, publicKey);
      v.update(message, 0, message.length);
      return v.verifySignature(signature);
    }

    @Override
    public boolean verifyFirstMessage() {
      return verify();
    }
  }
}
