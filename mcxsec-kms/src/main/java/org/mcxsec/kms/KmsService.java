// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.kms;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.KeyMaterialException;
import org.mcxsec.crypto.MalformedMessageException;
import org.mcxsec.crypto.PolicyException;
import org.mcxsec.crypto.SecretBytes;
import org.mcxsec.crypto.kdf.KeyPeriod;
import org.mcxsec.crypto.kdf.MikeySakkeUid;
import org.mcxsec.kms.KmsStore.SealedCommunity;
import org.mcxsec.kms.KmsStore.SealedKeySet;
import org.mcxsec.kms.internal.KeySetCache;
import org.mcxsec.store.RowIdentity;
import org.mcxsec.store.SecretSealer;

/**
 * The KMS of one community (TS 33.180 §5.2, Annex D): creates or reopens the community secrets (KSAK, z), publishes
 * the KMS certificate, and issues each user its key set per key period on demand — ECCSI SSK and PVT and SAKKE
 * RSK for the UID {@code MikeySakkeUid.of(userUri, kmsUri, period, periodNo)} (F.2.1).
 *
 * <p>A key set, once issued, is stored (secrets sealed) and served again unchanged: every user has exactly one
 * key set per period, also across restarts and across instances sharing the database. Issued sets are cached
 * sealed in memory, so repeated provisioning costs one AES-GCM open per secret.
 *
 * <p>This class knows nothing of HTTP; access control (a caller only obtains its own keys) is the handler's.
 *
 * <p>Thread safety: safe to share.
 */
public final class KmsService {
  private static final int MAX_URI = 1024;
  private static final int LOCK_STRIPES = 64;

  private final KmsSettings settings;
  private final KmsCommunityKeys community;
  private final KmsCertificate certificate;
  private final KmsStore store;
  private final SecretSealer sealer;
  private final SecureRandom random;
  private final Clock clock;
  private final KeySetCache cache = new KeySetCache(100_000);
  private final Object[] locks = new Object[LOCK_STRIPES];

  private KmsService(KmsSettings settings, KmsCommunityKeys community, KmsCertificate certificate, KmsStore store,
      SecretSealer sealer, SecureRandom random, Clock clock) {
    this.settings = settings;
    this.community = community;
    this.certificate = certificate;
    this.store = store;
    this.sealer = sealer;
    this.random = random;
    this.clock = clock;
    for (int i = 0; i < LOCK_STRIPES; i++) {
      locks[i] = new Object();
    }
  }

  /**
   * Reopens the community {@code settings.kmsUri()} from {@code store}, or creates it with fresh secrets.
   *
   * @throws KeyMaterialException if stored secrets do not open under the sealer's key or do not match the stored
   *     public keys
   * @throws IllegalStateException if the stored community has another key period than {@code settings}
   */
  public static KmsService open(KmsSettings settings, KmsCrypto crypto, KmsStore store, SecretSealer sealer,
      SecureRandom random, Clock clock) throws KeyMaterialException {
    String uri = settings.kmsUri();
    SealedCommunity row = store.findCommunity(uri).orElse(null);
    if (row == null) {
      KmsCommunityKeys fresh = crypto.generate(random);
      Instant from = clock.instant().truncatedTo(ChronoUnit.SECONDS);
      row = store.insertCommunity(new SealedCommunity(uri, sealer.seal(fresh.ksak(), communityRow(uri, "ksak")),
          sealer.seal(fresh.z(), communityRow(uri, "z")), fresh.kpak(), fresh.pubEncKey(),
          settings.keyPeriod().periodSeconds(), settings.keyPeriod().offsetSeconds(), from,
          from.plus(settings.certificateValidity()), false));
      fresh.ksak().destroy();
      fresh.z().destroy();
    }
    KeyPeriod stored = new KeyPeriod(row.userKeyPeriod(), row.userKeyOffset());
    if (!stored.equals(settings.keyPeriod())) {
      throw new IllegalStateException("KMS " + uri + " was created with user-key-period " + stored.periodSeconds()
          + " s and user-key-offset " + stored.offsetSeconds() + " s; the configuration asks for "
          + settings.keyPeriod().periodSeconds() + " s and " + settings.keyPeriod().offsetSeconds()
          + " s (UIDs depend on them, so they cannot change)");
    }
    KmsCommunityKeys keys;
    try (SecretBytes ksak = sealer.open(row.ksakSealed(), communityRow(uri, "ksak"));
        SecretBytes z = sealer.open(row.zSealed(), communityRow(uri, "z"))) {
      keys = crypto.restore(ksak, z);
    }
    if (!keys.kpak().equals(row.pubAuthKey()) || !keys.pubEncKey().equals(row.pubEncKey())) {
      throw new KeyMaterialException("KMS " + uri + ": stored public keys do not match the stored secrets");
    }
    KmsCertificate cert = new KmsCertificate("1.1.0", "Root", null, uri, null, row.validFrom(), row.validTo(),
        row.revoked(), KmsCertificate.USER_ID_FORMAT_HASHED, stored.periodSeconds(), stored.offsetSeconds(),
        row.pubEncKey(), row.pubAuthKey(), 1);
    return new KmsService(settings, keys, cert, store, sealer, random, clock);
  }

  public KmsSettings settings() {
    return settings;
  }

  /** This community's certificate ({@code KmsInit}). */
  public KmsCertificate certificate() {
    return certificate;
  }

  /** The certificates a client should cache ({@code KmsCertCache}): this community's own. */
  public List<KmsCertificate> certificateCache() {
    return List.of(certificate);
  }

  /**
   * The key sets {@code userUri} should hold now ({@code KmsKeyProv}): the current period's, and the next
   * period's too once the current one ends within {@link KmsSettings#nextPeriodLead()}.
   */
  public List<UserKeySet> provision(String userUri) throws KeyMaterialException, MalformedMessageException {
    Instant now = clock.instant();
    KeyPeriod period = settings.keyPeriod();
    long current = period.periodNumberAt(now);
    List<UserKeySet> sets = new ArrayList<>(2);
    sets.add(keySet(userUri, current));
    if (!now.plus(settings.nextPeriodLead()).isBefore(period.periodEnd(current))) {
      sets.add(keySet(userUri, current + 1));
    }
    return sets;
  }

  /**
   * The key set of {@code userUri} for the key period containing {@code time} (TS 33.179 D.2: keyprov with a
   * requested time, e.g. a MIKEY T payload). Only the previous, current and next periods are served: key sets
   * for far periods would let a stolen token outlive its user.
   *
   * @throws PolicyException if {@code time} lies outside that window
   */
  public UserKeySet keySetAt(String userUri, Instant time)
      throws KeyMaterialException, MalformedMessageException, PolicyException {
    KeyPeriod period = settings.keyPeriod();
    long current = period.periodNumberAt(clock.instant());
    long requested = period.periodNumberAt(time);
    if (requested < current - 1 || requested > current + 1) {
      throw new PolicyException("requested time " + time + " is in key period " + requested + "; only periods "
          + (current - 1) + " to " + (current + 1) + " are provisioned");
    }
    return keySet(userUri, requested);
  }

  /** The key set of {@code userUri} for key period {@code periodNo}, issued now if it was not before. */
  public UserKeySet keySet(String userUri, long periodNo) throws KeyMaterialException, MalformedMessageException {
    if (userUri.isEmpty() || userUri.length() > MAX_URI) {
      throw new MalformedMessageException("user URI length " + userUri.length() + " is outside [1, " + MAX_URI
          + "]");
    }
    SealedKeySet row = cache.get(userUri, periodNo);
    if (row == null) {
      synchronized (locks[Math.floorMod(userUri.hashCode() * 31 + Long.hashCode(periodNo), LOCK_STRIPES)]) {
        row = cache.get(userUri, periodNo);
        if (row == null) {
          row = loadOrIssue(userUri, periodNo);
          cache.put(row);
        }
      }
    }
    return open(row);
  }

  private SealedKeySet loadOrIssue(String userUri, long periodNo) throws KeyMaterialException {
    String kms = settings.kmsUri();
    Optional<SealedKeySet> stored = store.findKeySet(kms, userUri, periodNo);
    if (stored.isPresent()) {
      return stored.get();
    }
    Bytes uid = MikeySakkeUid.of(userUri, kms, settings.keyPeriod(), periodNo);
    IssuedUserKeys keys = community.issue(uid, random);
    try {
      return store.insertKeySet(new SealedKeySet(kms, userUri, periodNo, uid,
          sealer.seal(keys.ssk(), keySetRow(kms, userUri, periodNo, "ssk")), keys.pvt(),
          sealer.seal(keys.rsk(), keySetRow(kms, userUri, periodNo, "rsk")),
          clock.instant().truncatedTo(ChronoUnit.SECONDS)));
    } finally {
      keys.ssk().destroy();
      keys.rsk().destroy();
    }
  }

  private UserKeySet open(SealedKeySet row) throws KeyMaterialException {
    String kms = row.kmsUri();
    SecretBytes ssk = sealer.open(row.sskSealed(), keySetRow(kms, row.userUri(), row.keyPeriodNo(), "ssk"));
    SecretBytes rsk = sealer.open(row.rskSealed(), keySetRow(kms, row.userUri(), row.keyPeriodNo(), "rsk"));
    KeyPeriod period = settings.keyPeriod();
    return new UserKeySet(kms, row.userUri(), row.userId(), row.keyPeriodNo(), period.periodStart(row.keyPeriodNo()),
        period.periodEnd(row.keyPeriodNo()), new IssuedUserKeys(ssk, row.pvt(), rsk));
  }

  /** Where a community secret is sealed. */
  public static RowIdentity communityRow(String kmsUri, String column) {
    return new RowIdentity("kms_community", column, kmsUri);
  }

  /** Where a key set secret is sealed. */
  public static RowIdentity keySetRow(String kmsUri, String userUri, long periodNo, String column) {
    return new RowIdentity("kms_user_key_set", column,
        kmsUri.length() + ":" + kmsUri + "|" + userUri.length() + ":" + userUri + "|" + periodNo);
  }
}
