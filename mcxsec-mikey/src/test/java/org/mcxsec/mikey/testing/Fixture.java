// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey.testing;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.IdentitySigner;
import org.mcxsec.crypto.InsecureSecretAccess;
import org.mcxsec.crypto.KeyMaterialException;
import org.mcxsec.crypto.MalformedMessageException;
import org.mcxsec.crypto.SecretBytes;
import org.mcxsec.crypto.eccsi.EccsiKmsKey;
import org.mcxsec.crypto.eccsi.EccsiSigner;
import org.mcxsec.crypto.eccsi.EccsiSigningKey;
import org.mcxsec.crypto.kdf.KeyPeriod;
import org.mcxsec.crypto.sakke.SakkeKmsKey;
import org.mcxsec.mikey.IMessage;
import org.mcxsec.mikey.IMessageCreator;
import org.mcxsec.mikey.IMessageOpener;
import org.mcxsec.mikey.KmsCertificate;
import org.mcxsec.mikey.KmsEncapsulators;
import org.mcxsec.mikey.MikeyCodec;
import org.mcxsec.mikey.MikeyIdentity;
import org.mcxsec.mikey.MikeyMessage;
import org.mcxsec.mikey.ReceiverKeySet;
import org.mcxsec.mikey.payload.CommonHeader;
import org.mcxsec.mikey.payload.MikeyPayload;
import org.mcxsec.mikey.payload.SignaturePayload;
import org.mcxsec.mikey.payload.SignatureType;

/**
 * One security domain for I_MESSAGE tests: a KMS with real ECCSI and SAKKE keys, a GMS and two users, a fixed
 * clock, and helpers to create, open and re-sign messages.
 */
public final class Fixture {
  public static final KeyPeriod PERIOD = new KeyPeriod(2_592_000, 0);
  public static final String KMS_URI = "kms.example.org";
  public static final Instant NOW = Instant.parse("2025-10-02T23:47:52Z");
  public static final long NTP_NOW = NOW.getEpochSecond() + KeyPeriod.NTP_UNIX_OFFSET;

  public final SecureRandom random;
  public final EccsiKmsKey eccsiKms;
  public final SakkeKmsKey sakkeKms;
  public final Bytes z;
  public final KmsCertificate certificate;
  public final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  public final MikeyIdentity gms = MikeyIdentity.of("sip:gms@example.org", KMS_URI, PERIOD);
  public final MikeyIdentity alice = MikeyIdentity.of("sip:alice@example.org", KMS_URI, PERIOD);
  public final MikeyIdentity bob = MikeyIdentity.of("sip:bob@example.org", KMS_URI, PERIOD);
  public final long periodNow = PERIOD.periodNumberAtNtp(NTP_NOW);
  public final KmsEncapsulators encapsulators = KmsEncapsulators.sakke();
  private final Map<Bytes, ReceiverKeySet> keySets = new HashMap<>();

  public Fixture(long seed) {
    try {
      random = SecureRandom.getInstance("SHA1PRNG");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    random.setSeed(seed);
    eccsiKms = EccsiKmsKey.generate(random);
    sakkeKms = SakkeKmsKey.generate(random);
    z = sakkeKms.publicKey();
    certificate = new KmsCertificate(KMS_URI, eccsiKms.kpak(), z, PERIOD);
  }

  /** The ECCSI key set of {@code id} for the key period of now. */
  public EccsiSigningKey signingKey(MikeyIdentity id) {
    return eccsiKms.issue(id.uidAt(NTP_NOW), random);
  }

  public IdentitySigner signer(MikeyIdentity id) {
    return new EccsiSigner(signingKey(id), random);
  }

  public IMessageCreator creator(MikeyIdentity initiator) {
    EccsiSigningKey key = signingKey(initiator);
    return new IMessageCreator(initiator, new EccsiSigner(key, random), key.id(), encapsulators, random, clock);
  }

  /** An opener for {@code receiver} with its key set of the current period. */
  public IMessageOpener.Builder opener(MikeyIdentity receiver) {
    return IMessageOpener.builder(receiver.uri()).kms(certificate).clock(clock).keySet(keySet(receiver, periodNow));
  }

  /** The receiver key set of {@code receiver} for key period {@code period} (issued once, then reused). */
  public synchronized ReceiverKeySet keySet(MikeyIdentity receiver, long period) {
    Bytes uid = receiver.uidAt(period * PERIOD.periodSeconds() + PERIOD.offsetSeconds());
    return keySets.computeIfAbsent(uid, u -> {
      try {
        return ReceiverKeySet.of(period, sakkeKms.issue(u));
      } catch (KeyMaterialException e) {
        throw new IllegalStateException(e);
      }
    });
  }

  public SecretBytes randomKey() {
    return SecretBytes.random(16, random);
  }

  public Bytes randomRand() {
    byte[] r = new byte[16];
    random.nextBytes(r);
    return Bytes.copyOf(r);
  }

  public static SecretBytes key(Bytes b) {
    return SecretBytes.copyOf(b.toByteArray(), InsecureSecretAccess.get());
  }

  /** {@code message} with its header and payloads changed, signed again by {@code signer}. */
  public static Bytes resign(Bytes message, IdentitySigner signer, UnaryOperator<CommonHeader> header,
      UnaryOperator<List<MikeyPayload>> payloads) throws MalformedMessageException, KeyMaterialException {
    MikeyMessage m = new MikeyCodec().decode(message);
    List<MikeyPayload> unsigned = new ArrayList<>(m.payloads());
    unsigned.removeIf(p -> p instanceof SignaturePayload);
    CommonHeader h = header.apply(m.header());
    List<MikeyPayload> changed = new ArrayList<>(payloads.apply(unsigned));
    Bytes toSign = MikeyMessage.octetsToSign(h, changed, SignatureType.ECCSI, IMessage.ECCSI_SIGNATURE_OCTETS);
    changed.add(new SignaturePayload(SignatureType.ECCSI, signer.sign(toSign).encode()));
    return MikeyMessage.of(h, changed).encoded();
  }
}
