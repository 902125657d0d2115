// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.mcxsec.crypto.Bytes;

/** The configuration an {@link IMessageOpener} is built with; see {@link IMessageOpener.Builder}. */
record OpenerSettings(String myUri, List<KmsCertificate> kms, Optional<Bytes> kpakOnly, List<ReceiverKeySet> keySets,
    Optional<ReceiverKeyFactory> keyForMessageUid, Optional<Bytes> signerUid, IdentityVerifiers verifiers, Clock clock,
    Freshness freshness, ReplayCache replayCache, Optional<Predicate<String>> gmkInitiators,
    KeyStatusPolicy statusPolicy, boolean rejectExpired, boolean signatureWithoutSignHeader, MikeyLimits limits) {
  OpenerSettings {
    kms = List.copyOf(kms);
    keySets = List.copyOf(keySets);
  }

  /** The receiver's home KMS: the first certificate configured. */
  Optional<KmsCertificate> home() {
    return kms.stream().findFirst();
  }

  Optional<KmsCertificate> kmsNamed(String identity) {
    return kms.stream().filter(k -> k.matches(identity)).findFirst();
  }

  boolean isMyUid(Bytes uid) {
    return keySets.stream().anyMatch(k -> k.uid().equals(uid));
  }

  /** Whether a URI from an IDR payload names this receiver; the {@code sip:} scheme may be present or not. */
  boolean isMyUri(String uri) {
    return withoutSipScheme(uri).equals(withoutSipScheme(myUri));
  }

  private static String withoutSipScheme(String uri) {
    String u = uri.endsWith("\0") ? uri.substring(0, uri.length() - 1) : uri;
    return u.regionMatches(true, 0, "sip:", 0, 4) ? u.substring(4) : u;
  }
}
