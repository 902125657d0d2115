// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey.testing;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.InsecureSecretAccess;
import org.mcxsec.crypto.KeyMaterialException;
import org.mcxsec.crypto.MalformedMessageException;
import org.mcxsec.crypto.SecretBytes;
import org.mcxsec.crypto.kdf.KeyPeriod;
import org.mcxsec.mikey.IMessage;
import org.mcxsec.mikey.IMessageCreator;
import org.mcxsec.mikey.IMessageOpener;
import org.mcxsec.mikey.KmsCertificate;
import org.mcxsec.mikey.MikeyCodec;
import org.mcxsec.mikey.MikeyIdentity;
import org.mcxsec.mikey.MikeyMessage;
import org.mcxsec.mikey.MikeySigner;
import org.mcxsec.mikey.ReceiverKeySet;
import org.mcxsec.mikey.payload.CommonHeader;
import org.mcxsec.mikey.payload.MikeyPayload;
import org.mcxsec.mikey.payload.SignaturePayload;
import org.mcxsec.mikey.payload.SignatureType;

/**
 * One security domain for I_MESSAGE tests: a KMS (ECCSI through Bouncy Castle, SAKKE through the insecure fake), a
 * GMS and two users, a fixed clock, and helpers to create, open and re-sign messages.
 */
public final class Fixture {
  public static final KeyPeriod PERIOD = new KeyPeriod(2_592_000, 0);
  public static final String KMS_URI = "kms.example.org";
  public static final Instant NOW = Instant.parse("2025-10-02T23:47:52Z");
  public static final long NTP_NOW = NOW.getEpochSecond() + KeyPeriod.NTP_UNIX_OFFSET;

  public final SecureRandom random;
  public final BcEccsi kms;
  public final Bytes z;
  public final KmsCertificate certificate;
  public final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  public final MikeyIdentity gms = MikeyIdentity.of("sip:gms@example.org", KMS_URI, PERIOD);
  public final MikeyIdentity alice = MikeyIdentity.of("sip:alice@example.org", KMS_URI, PERIOD);
  public final MikeyIdentity bob = MikeyIdentity.of("sip:bob@example.org", KMS_URI, PERIOD);
  public final long periodNow = PERIOD.periodNumberAtNtp(NTP_NOW);

  public Fixture(long seed) {
    try {
      random = SecureRandom.getInstance("SHA1PRNG");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    random.setSeed(seed);
    kms = BcEccsi.randomKms(random);
    byte[] zOctets = new byte[257];
    random.nextBytes(zOctets);
    zOctets[0] = 0x04;
    z = Bytes.copyOf(zOctets);
    certificate = new KmsCertificate(KMS_URI, kms.kpak(), z, PERIOD);
  }

  /** The signer of {@code id} for the key period of now. */
  public MikeySigner signer(MikeyIdentity id) {
    return kms.issue(id.uidAt(NTP_NOW), random);
  }

  public IMessageCreator creator(MikeyIdentity initiator) {
    return new IMessageCreator(initiator, signer(initiator), new InsecureFakeSakkeForTesting(), random, clock);
  }

  /** An opener for {@code receiver} with its key set of the current period. */
  public IMessageOpener.Builder opener(MikeyIdentity receiver) {
    return IMessageOpener.builder(receiver.uri()).kms(certificate).verifier(BcEccsi.verifier()).clock(clock)
        .keySet(keySet(receiver, periodNow));
  }

  public ReceiverKeySet keySet(MikeyIdentity receiver, long period) {
    return ReceiverKeySet.of(period, receiver.uidAt(period * PERIOD.periodSeconds() + PERIOD.offsetSeconds()),
        InsecureFakeSakkeForTesting.decapsulator(z));
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
  public static Bytes resign(Bytes message, MikeySigner signer, UnaryOperator<CommonHeader> header,
      UnaryOperator<List<MikeyPayload>> payloads) throws MalformedMessageException, KeyMaterialException {
    MikeyMessage m = new MikeyCodec().decode(message);
    List<MikeyPayload> unsigned = new ArrayList<>(m.payloads());
    unsigned.removeIf(p -> p instanceof SignaturePayload);
    CommonHeader h = header.apply(m.header());
    List<MikeyPayload> changed = new ArrayList<>(payloads.apply(unsigned));
    Bytes toSign = MikeyMessage.octetsToSign(h, changed, SignatureType.ECCSI, IMessage.ECCSI_SIGNATURE_OCTETS);
    changed.add(new SignaturePayload(SignatureType.ECCSI, signer.sign(toSign)));
    return MikeyMessage.of(h, changed).encoded();
  }
}
