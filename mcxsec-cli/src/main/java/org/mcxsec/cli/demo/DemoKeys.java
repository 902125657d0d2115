// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.cli.demo;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.mcxsec.client.GmkEntry;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.KeyMaterialException;
import org.mcxsec.crypto.eccsi.EccsiKmsKey;
import org.mcxsec.crypto.eccsi.EccsiSigningKey;
import org.mcxsec.crypto.kdf.KeyPeriod;
import org.mcxsec.crypto.sakke.SakkeDecapsulator;
import org.mcxsec.crypto.sakke.SakkeKmsKey;
import org.mcxsec.crypto.sakke.SakkeReceiverKey;
import org.mcxsec.mikey.IMessageCreator;
import org.mcxsec.mikey.IMessageOpener;
import org.mcxsec.mikey.KeyDelivery;
import org.mcxsec.mikey.KeyType;
import org.mcxsec.mikey.KmsCertificate;
import org.mcxsec.mikey.MikeyIdentity;
import org.mcxsec.mikey.ReceiverKeySet;
import org.mcxsec.mikey.keyparams.KeyParameters;
import org.mcxsec.mikey.keyparams.McGroupId;

/**
 * The demo's key infrastructure, in process: a KMS (ECCSI KSAK and SAKKE master secret, TS 33.180 §5.3) that
 * issues each user its SAKKE receiver key and the GMS its ECCSI signing key for the current key period, and the
 * GMS side of GMK distribution: one signed MIKEY-SAKKE I_MESSAGE per member and GMK (TS 33.180 §5.7, E.2, E.6).
 * Clients open them with {@link org.mcxsec.client.GktpProcessor}.
 *
 * <p>Thread safety: safe to share (the crypto and MIKEY objects are).
 */
final class DemoKeys implements AutoCloseable {
  static final String KMS_URI = "kms.demo.mcxsec.org";
  static final String GMS_URI = "sip:gms@demo.mcxsec.org";
  static final KeyPeriod PERIOD = new KeyPeriod(2_592_000, 0);

  private final SecureRandom random;
  private final Clock clock;
  private final EccsiKmsKey eccsi;
  private final SakkeKmsKey sakke;
  private final KmsCertificate certificate;
  private final EccsiSigningKey gmsKey;
  private final IMessageCreator creator;

  DemoKeys(SecureRandom random, Clock clock) throws KeyMaterialException {
    this.random = random;
    this.clock = clock;
    this.eccsi = EccsiKmsKey.generate(random);
    this.sakke = SakkeKmsKey.generate(random);
    this.certificate = new KmsCertificate(KMS_URI, eccsi.kpak(), sakke.publicKey(), PERIOD);
    MikeyIdentity gms = identity(GMS_URI);
    this.gmsKey = eccsi.issue(gms.uidAt(ntpNow()), random);
    this.creator = IMessageCreator.eccsiSakke(gms, gmsKey, random, clock);
  }

  private long ntpNow() {
    return clock.instant().getEpochSecond() + KeyPeriod.NTP_UNIX_OFFSET;
  }

  static MikeyIdentity identity(String uri) {
    return MikeyIdentity.of(uri, KMS_URI, PERIOD);
  }

  /**
   * A user's I_MESSAGE opener: its SAKKE key of this period from the KMS, trusting GMKs only from the GMS. The
   * decapsulator precomputes about 3 MiB of pairing lines; close the opener when done to wipe them.
   */
  UserOpener openerFor(String user) throws KeyMaterialException {
    Bytes uid = identity(user).uidAt(ntpNow());
    SakkeReceiverKey rsk = sakke.issue(uid);
    SakkeDecapsulator d = new SakkeDecapsulator(rsk);
    IMessageOpener opener = IMessageOpener.builder(user).kms(certificate)
        .keySet(ReceiverKeySet.of(PERIOD.periodNumberAt(clock.instant()), rsk.id(), d))
        .authorisedGmkInitiators(GMS_URI::equals).clock(clock).build();
    return new UserOpener(opener, d, rsk);
  }

  /** An opener with the receiver key it holds. */
  record UserOpener(IMessageOpener opener, SakkeDecapsulator decapsulator, SakkeReceiverKey key)
      implements AutoCloseable {
    @Override
    public void close() {
      decapsulator.close();
      key.close();
    }
  }

  /** The signed I_MESSAGE delivering {@code gmk} to {@code member} (its GKTP). */
  Bytes gktp(GmkEntry gmk, String member) throws KeyMaterialException {
    List<String> groups = List.copyOf(gmk.groupIds());
    KeyParameters params = new KeyParameters(KeyType.GMK, KeyDelivery.STATUS_VALID,
        gmk.activation().getEpochSecond(), gmk.expiry().getEpochSecond(), Bytes.empty(),
        Optional.of(groups.stream().map(McGroupId::of).toList()));
    return creator.create(gmk.gmk(), KeyDelivery.gmk(gmk.gmkId(), gmk.rand(), identity(member),
        sakke.publicKey(), groups).withKeyParameters(Optional.of(params)));
  }

  Instant now() {
    return clock.instant();
  }

  SecureRandom random() {
    return random;
  }

  @Override
  public void close() {
    gmsKey.close();
    eccsi.close();
    sakke.close();
  }
}
