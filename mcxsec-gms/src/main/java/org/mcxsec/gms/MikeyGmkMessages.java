// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.gms;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.KeyEncapsulator;
import org.mcxsec.crypto.KeyMaterialException;
import org.mcxsec.crypto.SecretBytes;
import org.mcxsec.crypto.eccsi.EccsiSigner;
import org.mcxsec.crypto.eccsi.EccsiSigningKey;
import org.mcxsec.crypto.kdf.KeyPeriod;
import org.mcxsec.crypto.sakke.SakkeEncapsulator;
import org.mcxsec.mikey.IMessageCreator;
import org.mcxsec.mikey.KeyDelivery;
import org.mcxsec.mikey.KeyType;
import org.mcxsec.mikey.MikeyIdentity;
import org.mcxsec.mikey.keyparams.KeyParameters;
import org.mcxsec.mikey.keyparams.McGroupId;

/**
 * Real GMK I_MESSAGEs (TS 33.180 §5.7, E.2, E.6) from mcxsec-mikey: signed with the GMS's ECCSI key for the key
 * period of the message's timestamp, the GMK SAKKE-encapsulated to the member's UID, key parameters with the GMK's
 * activation and expiry times and its group IDs.
 *
 * <p>Members and the GMS belong to one KMS community ({@code kmsUri}, {@code keyPeriod}, SAKKE {@code pubEncKey}).
 *
 * <p>Speed: one SAKKE encapsulator (with its fixed-base table of Z) serves every message of every key period, and
 * it keeps no per-recipient tables: a fan-out encapsulates to each member once per GMK, so such a table would
 * never repay the 2.4 MiB and the 80 encapsulations' worth of time it takes to build, and with groups larger than
 * the table cache it would be rebuilt over and over.
 *
 * <p>Thread safety: safe to share; one creator per key period is made on demand.
 */
public final class MikeyGmkMessages implements GmkMessageFactory {
  /** The GMS's ECCSI signing key for a key period (its own KMS key set, validated). */
  @FunctionalInterface
  public interface SigningKeys {
    EccsiSigningKey forPeriod(long periodNo) throws KeyMaterialException;
  }

  private final MikeyIdentity gms;
  private final String kmsUri;
  private final KeyPeriod keyPeriod;
  private final Bytes pubEncKey;
  private final SigningKeys signingKeys;
  private final SecureRandom random;
  private final Clock clock;
  private final Map<Long, IMessageCreator> creators = new ConcurrentHashMap<>();
  private KeyEncapsulator encapsulator;

  public MikeyGmkMessages(String gmsUri, String kmsUri, KeyPeriod keyPeriod, Bytes pubEncKey,
      SigningKeys signingKeys, SecureRandom random, Clock clock) {
    this.gms = MikeyIdentity.of(gmsUri, kmsUri, keyPeriod);
    this.kmsUri = kmsUri;
    this.keyPeriod = keyPeriod;
    this.pubEncKey = pubEncKey;
    this.signingKeys = signingKeys;
    this.random = random;
    this.clock = clock;
  }

  @Override
  public Bytes create(SecretBytes key, Gmk gmk, String memberUri, List<String> groupIds)
      throws KeyMaterialException {
    KeyParameters params = new KeyParameters(KeyType.GMK, KeyDelivery.STATUS_VALID,
        gmk.activation().getEpochSecond(), gmk.expiry().getEpochSecond(),
        Bytes.copyOf(gmk.groupId().getBytes(StandardCharsets.UTF_8)),
        Optional.of(groupIds.stream().map(McGroupId::of).toList()));
    KeyDelivery delivery = KeyDelivery.gmk(gmk.gmkId(), gmk.rand(), MikeyIdentity.of(memberUri, kmsUri, keyPeriod),
        pubEncKey, groupIds).withKeyParameters(Optional.of(params));
    long period = keyPeriod.periodNumberAt(clock.instant());
    try {
      return creator(period).create(key, delivery);
    } catch (KeyMaterialException e) {
      // the key period may have changed between choosing the creator and stamping T: try once more
      long now = keyPeriod.periodNumberAt(clock.instant());
      if (now == period) {
        throw e;
      }
      return creator(now).create(key, delivery);
    }
  }

  private IMessageCreator creator(long periodNo) throws KeyMaterialException {
    IMessageCreator c = creators.get(periodNo);
    return c != null ? c : newCreator(periodNo);
  }

  /** Made once per key period, under the lock, so that concurrent first messages do not validate keys twice. */
  private synchronized IMessageCreator newCreator(long periodNo) throws KeyMaterialException {
    IMessageCreator c = creators.get(periodNo);
    if (c == null) {
      EccsiSigningKey signingKey = signingKeys.forPeriod(periodNo);
      KeyEncapsulator sakke = encapsulator();
      c = new IMessageCreator(gms, new EccsiSigner(signingKey, random), signingKey.id(), z -> {
        if (!z.equals(pubEncKey)) {
          throw new KeyMaterialException("SAKKE key of another KMS; this GMS serves the users of " + kmsUri);
        }
        return sakke;
      }, random, clock);
      creators.keySet().removeIf(p -> p < periodNo - 1);
      creators.put(periodNo, c);
    }
    return c;
  }

  private synchronized KeyEncapsulator encapsulator() throws KeyMaterialException {
    if (encapsulator == null) {
      encapsulator = SakkeEncapsulator.forKms(pubEncKey, 0);
    }
    return encapsulator;
  }
}
