// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.bench;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.InsecureSecretAccess;
import org.mcxsec.crypto.McxException;
import org.mcxsec.crypto.SecretBytes;
import org.mcxsec.crypto.eccsi.EccsiKmsKey;
import org.mcxsec.crypto.eccsi.EccsiSignature;
import org.mcxsec.crypto.eccsi.EccsiSigner;
import org.mcxsec.crypto.eccsi.EccsiSigningKey;
import org.mcxsec.crypto.eccsi.EccsiVerifier;
import org.mcxsec.crypto.kdf.KeyPeriod;
import org.mcxsec.crypto.sakke.SakkeDecapsulator;
import org.mcxsec.crypto.sakke.SakkeEncapsulatedData;
import org.mcxsec.crypto.sakke.SakkeEncapsulator;
import org.mcxsec.crypto.sakke.SakkeKmsKey;
import org.mcxsec.crypto.sakke.SakkeReceiverKey;
import org.mcxsec.mikey.Freshness;
import org.mcxsec.mikey.IMessageCreator;
import org.mcxsec.mikey.IMessageOpener;
import org.mcxsec.mikey.KeyType;
import org.mcxsec.mikey.KmsCertificate;
import org.mcxsec.mikey.MikeyCodec;
import org.mcxsec.mikey.MikeyIdentity;
import org.mcxsec.mikey.MikeyMessage;
import org.mcxsec.mikey.OpenedKey;
import org.mcxsec.mikey.ReceiverKeySet;
import org.mcxsec.mikey.payload.SakkePayload;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * A GMK I_MESSAGE for one member, created and opened in full, beside the bare SAKKE and ECCSI operations it needs,
 * so that the cost of everything else (codec, UIDs, user salt, DPCK and key-parameter AES-GCM, checks) is the gap
 * between the pairs.
 *
 * <ul>
 *   <li>{@code createGmkMessage}: {@link IMessageCreator#createGmk}, members taken in turn from {@value #MEMBERS}
 *       (as a GMS fanning out, so no per-recipient SAKKE table); {@code bareSakkeEccsiCreate}: one SAKKE
 *       encapsulation to the next member's UID and one ECCSI signature over a message of the same size.
 *   <li>{@code openGmkMessage}: {@link IMessageOpener#open} of one member's message (no replay cache, so the
 *       same message opens every time; the signer's ECCSI tables are warm, as for a second message from a GMS);
 *       {@code bareSakkeEccsiOpen}: the same ECCSI verification and SAKKE decapsulation.
 *   <li>{@code createGmkMessageNoCrypto} and {@code openGmkMessageNoCrypto}: the same full paths with SAKKE and
 *       ECCSI replaced by constant answers, i.e. the MIKEY layer's own cost measured directly;
 *       {@code decodeGmkMessage}: {@link MikeyCodec#decode} alone.
 * </ul>
 *
 * <p>Run: {@code java -jar mcxsec-bench/target/benchmarks.jar MikeyBenchmark}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
@Fork(value = 1)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class MikeyBenchmark {
  private static final int MEMBERS = 16;
  private static final KeyPeriod PERIOD = new KeyPeriod(2_592_000, 0);
  private static final String KMS_URI = "kms.example.org";

  private final SecureRandom random = new SecureRandom();
  private final Clock clock = Clock.systemUTC();
  private SecretBytes gmk;
  private int gmkId;
  private Bytes rand;
  private Bytes z;
  private MikeyIdentity[] members;
  private Bytes[] memberUids;
  private IMessageCreator creator;
  private SakkeEncapsulator encapsulator;
  private EccsiSigner signer;
  private Bytes toSign;
  private int next;

  private Bytes message;
  private IMessageOpener opener;
  private EccsiVerifier verifier;
  private Bytes signedOctets;
  private EccsiSignature signature;
  private SakkeDecapsulator decapsulator;
  private SakkeEncapsulatedData sed;
  private final MikeyCodec codec = new MikeyCodec();
  private IMessageCreator creatorNoCrypto;
  private IMessageOpener openerNoCrypto;

  @Setup(Level.Trial)
  public void setUp() throws McxException {
    EccsiKmsKey eccsiKms = EccsiKmsKey.generate(random);
    SakkeKmsKey sakkeKms = SakkeKmsKey.generate(random);
    z = sakkeKms.publicKey();
    gmk = SecretBytes.random(16, random);
    gmkId = KeyType.GMK.keyId(random.nextInt());
    byte[] r = new byte[16];
    random.nextBytes(r);
    rand = Bytes.copyOf(r);
    MikeyIdentity gms = MikeyIdentity.of("sip:gms@example.org", KMS_URI, PERIOD);
    long ntpNow = clock.instant().getEpochSecond() + KeyPeriod.NTP_UNIX_OFFSET;
    members = new MikeyIdentity[MEMBERS];
    memberUids = new Bytes[MEMBERS];
    for (int i = 0; i < MEMBERS; i++) {
      members[i] = MikeyIdentity.of("sip:member" + i + "@example.org", KMS_URI, PERIOD);
      memberUids[i] = members[i].uidAt(ntpNow);
    }
    EccsiSigningKey gmsKey = eccsiKms.issue(gms.uidAt(ntpNow), random);
    encapsulator = SakkeEncapsulator.forKms(z, 0);
    signer = new EccsiSigner(gmsKey, random);
    creator = new IMessageCreator(gms, signer, gmsKey.id(), zPub -> encapsulator, random, clock);

    // one member's message and keys, for the opening side
    MikeyIdentity member = members[0];
    message = creator.createGmk(gmk, gmkId, rand, member, z, List.of("sip:group@example.org"));
    MikeyMessage decoded = codec.decode(message);
    toSign = decoded.signedOctets();
    signedOctets = decoded.signedOctets();
    signature = EccsiSignature.decode(decoded.signature().orElseThrow().signature());
    sed = SakkeEncapsulatedData.decode(decoded.payloadsOf(SakkePayload.class).get(0).data());
    SakkeReceiverKey memberKey = sakkeKms.issue(member.uidAt(ntpNow));
    decapsulator = new SakkeDecapsulator(memberKey);
    verifier = new EccsiVerifier(eccsiKms.kpak(), gmsKey.id());
    opener = IMessageOpener.builder(member.uri())
        .kms(new KmsCertificate(KMS_URI, eccsiKms.kpak(), z, PERIOD))
        .keySet(ReceiverKeySet.of(PERIOD.periodNumberAtNtp(ntpNow), member.uidAt(ntpNow), decapsulator))
        .freshness(Freshness.NONE)
        .clock(clock)
        .build();
    try (OpenedKey k = opener.open(message)) {
      if (!k.key().equalsConstantTime(gmk) || k.keyId() != gmkId) {
        throw new IllegalStateException("the member does not recover the GMK");
      }
    }
    verifier.verify(signedOctets, signature);

    // the same paths with constant crypto answers
    byte[] gmkOctets = gmk.toByteArray(InsecureSecretAccess.get());
    creatorNoCrypto = new IMessageCreator(gms, m -> signature, gmsKey.id(), zPub -> (id, ssv) -> sed, random, clock);
    openerNoCrypto = IMessageOpener.builder(member.uri())
        .kms(new KmsCertificate(KMS_URI, eccsiKms.kpak(), z, PERIOD))
        .verifiers((kpak, id) -> (m, sig) -> { })
        .keySet(ReceiverKeySet.of(PERIOD.periodNumberAtNtp(ntpNow), member.uidAt(ntpNow), d -> SecretBytes.copyOf(gmkOctets, InsecureSecretAccess.get())))
        .freshness(Freshness.NONE)
        .clock(clock)
        .build();
    openerNoCrypto.open(message).close();
  }

  @Benchmark
  public Bytes createGmkMessageNoCrypto() throws McxException {
    return creatorNoCrypto.createGmk(gmk, gmkId, rand, members[nextMember()], z, List.of("sip:group@example.org"));
  }

  @Benchmark
  public int openGmkMessageNoCrypto() throws McxException {
    try (OpenedKey k = openerNoCrypto.open(message)) {
      return k.keyId();
    }
  }

  @Benchmark
  public Bytes createGmkMessage() throws McxException {
    return creator.createGmk(gmk, gmkId, rand, members[nextMember()], z, List.of("sip:group@example.org"));
  }

  @Benchmark
  public Object bareSakkeEccsiCreate() throws McxException {
    SakkeEncapsulatedData data = encapsulator.encapsulate(memberUids[nextMember()], gmk);
    return new Object[] {data, signer.sign(toSign)};
  }

  @Benchmark
  public int openGmkMessage() throws McxException {
    try (OpenedKey k = opener.open(message)) {
      return k.keyId();
    }
  }

  @Benchmark
  public int bareSakkeEccsiOpen() throws McxException {
    verifier.verify(signedOctets, signature);
    try (SecretBytes key = decapsulator.decapsulate(sed)) {
      return key.size();
    }
  }

  @Benchmark
  public MikeyMessage decodeGmkMessage() throws McxException {
    return codec.decode(message);
  }

  private int nextMember() {
    next = (next + 1) % MEMBERS;
    return next;
  }
}
