// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.kdf.KeyPeriod;
import org.mcxsec.crypto.kdf.MikeySakkeUid;

/**
 * One end of an I_MESSAGE: its URI (TS 33.180: MC service user ID, GMS or server URI), its KMS, and how its UID is
 * found — computed for the key period of the message's timestamp (TS 33.180 F.2.1, E.1.1), or given.
 *
 * <p>Thread safety: immutable.
 */
public final class MikeyIdentity {
  private final String uri;
  private final String kmsUri;
  private final KeyPeriod keyPeriod;
  private final Bytes fixedUid;

  private MikeyIdentity(String uri, String kmsUri, KeyPeriod keyPeriod, Bytes fixedUid) {
    this.uri = Objects.requireNonNull(uri, "uri");
    this.kmsUri = kmsUri;
    this.keyPeriod = keyPeriod;
    this.fixedUid = fixedUid;
    if (fixedUid != null && fixedUid.size() != MikeySakkeUid.OCTETS) {
      throw new IllegalArgumentException("UID of " + fixedUid.size() + " octets; expected 32");
    }
  }

  /** An identity whose UID is computed for the key period of each message's timestamp. */
  public static MikeyIdentity of(String uri, String kmsUri, KeyPeriod keyPeriod) {
    return new MikeyIdentity(uri, Objects.requireNonNull(kmsUri, "kmsUri"),
        Objects.requireNonNull(keyPeriod, "keyPeriod"), null);
  }

  /** An identity with a given UID and no KMS IDR payload. */
  public static MikeyIdentity withUid(String uri, Bytes uid) {
    return new MikeyIdentity(uri, null, null, Objects.requireNonNull(uid, "uid"));
  }

  /** An identity with a given UID whose KMS is named in the message. */
  public static MikeyIdentity withUid(String uri, String kmsUri, Bytes uid) {
    return new MikeyIdentity(uri, Objects.requireNonNull(kmsUri, "kmsUri"), null, Objects.requireNonNull(uid, "uid"));
  }

  public String uri() {
    return uri;
  }

  /** The URI as UTF-8 octets, as an IDR payload carries it. */
  public Bytes uriOctets() {
    return Bytes.copyOf(uri.getBytes(StandardCharsets.UTF_8));
  }

  public Optional<String> kmsUri() {
    return Optional.ofNullable(kmsUri);
  }

  /** The UID for a message whose timestamp is {@code ntpSeconds} (TS 33.180 F.2.1, E.1.1). */
  public Bytes uidAt(long ntpSeconds) {
    if (fixedUid != null) {
      return fixedUid;
    }
    return MikeySakkeUid.of(uri, kmsUri, keyPeriod, keyPeriod.periodNumberAtNtp(ntpSeconds));
  }

  @Override
  public String toString() {
    return "MikeyIdentity[" + uri + (kmsUri == null ? "" : ", kms " + kmsUri) + "]";
  }
}
