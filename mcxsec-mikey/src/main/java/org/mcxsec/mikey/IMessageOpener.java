// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Predicate;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.KeyDecapsulator;
import org.mcxsec.crypto.KeyMaterialException;
import org.mcxsec.crypto.MalformedMessageException;
import org.mcxsec.crypto.McxException;
import org.mcxsec.crypto.PolicyException;
import org.mcxsec.crypto.SecretBytes;
import org.mcxsec.crypto.VerificationFailedException;
import org.mcxsec.crypto.kdf.KeyPeriod;
import org.mcxsec.crypto.sakke.SakkeEncapsulatedData;

/**
 * Opens MIKEY-SAKKE I_MESSAGEs: checks them in the order below and releases the key only if every check passes
 * (TS 33.180 §5.2.6; the receiving order of the TS 33.180 digest §10). Nothing is stored and nothing is decrypted
 * before the signature has verified; a rejected message yields no key and a checked exception whose message starts
 * with the {@link OpenCheck} that failed.
 *
 * <ol>
 *   <li>structure: the wire format ({@link MikeyCodec}) and the I_MESSAGE shape ({@link IMessage});
 *   <li>freshness of T against the clock, and the replay cache (RFC 3830 §5.4); the key period of T;
 *   <li>recipient: the responder IDR names this receiver and its KMS, or the receiver is the initiator and the
 *       message has SAKKE-to-self;
 *   <li>signer and signature: the initiator's UID and KMS, then ECCSI verification (RFC 6507 §5.2.2) over every
 *       octet before the signature value, then without the SIGN header as a reported fallback;
 *   <li>initiator: for a GMK, the initiator is an authorised GMS (when configured);
 *   <li>decapsulation: SAKKE (RFC 6508 §6.2.2) with the key set of the period of T, then the nearest others;
 *   <li>purpose tag of the CSB ID; for a GMK, GMK-ID = GUK-ID ⊕ UserSalt(GMK, own URI) (TS 33.180 F.1.3) and a
 *       GENERIC-ID SPI must be GMK-ID ‖ GUK-ID;
 *   <li>key parameters (E.6): decrypted under the key; Key Type must match the purpose tag; a revoked or expired
 *       key is refused ({@link KeyStatusPolicy}); a legacy or unreadable extension is reported, not fatal;
 *   <li>the message is recorded in the replay cache (atomically: the same message opens once).
 * </ol>
 *
 * <p>Thread safety: safe to share if the verifier, decapsulators and clock are.
 */
public final class IMessageOpener {
  /** NTP times before 2000-01-01 cannot be real; such a T (seen with the seconds in the low 32 bits) names no period. */
  private static final long NTP_2000 = 3_155_673_600L;

  private final OpenerSettings s;
  private final MikeyCodec codec;

  private IMessageOpener(OpenerSettings settings) {
    this.s = settings;
    this.codec = new MikeyCodec(settings.limits());
  }

  /** A builder for a receiver whose MC service user ID (as provisioned, {@code UserUri}) is {@code myUri}. */
  public static Builder builder(String myUri) {
    return new Builder(myUri);
  }

  /**
   * Checks {@code message} and returns its key.
   *
   * @throws MalformedMessageException the structure check failed
   * @throws VerificationFailedException the signature or decapsulation failed
   * @throws PolicyException valid cryptography, refused: stale, replayed, not for this receiver, unknown signer,
   *     unauthorised initiator, revoked or expired key
   */
  public OpenedKey open(Bytes message) throws McxException {
    // 1. structure
    IMessage m = structure(message);
    // 2. freshness and replay; the key period of T
    Instant now = s.clock().instant();
    Instant t = m.timestamp().instant().orElseThrow();
    Bytes digest = sha256(m.message().signedOctets());
    checkFreshness(t, now, digest);
    OptionalLong periodOfT = periodOfT(m);
    // 3. recipient
    RecipientCheck.Target target = RecipientCheck.check(m, s, periodOfT);
    // 4. signer and signature
    SignerCheck.Verified signer = SignerCheck.verify(m, s, periodOfT);
    // 5. initiator authorisation for group keys
    int csbId = m.message().header().csbId();
    if (KeyType.purposeTagOf(csbId) == KeyType.GMK.purposeTag() && s.gmkInitiators().isPresent()
        && !s.gmkInitiators().get().test(signer.name())) {
      throw new PolicyException(OpenCheck.INITIATOR.reason(signer.name() + " is not an authorised GMS"));
    }
    // 6. decapsulation
    Decapsulated d = decapsulate(target);
    try {
      // 7.-8. purpose tag, key ID, key parameters
      OpenedKey opened = KeyCheck.check(m, s, d.key(), target.sakkeToSelf(), signer, d.keyPeriodNo(), now);
      // 9. remember the message only now that everything has passed
      if (s.freshness().checked()
          && !s.replayCache().add(digest, t, now.minus(s.freshness().maxAge()))) {
        throw new PolicyException(OpenCheck.REPLAY.reason("the message was already accepted, or the replay cache "
            + "is full"));
      }
      return opened;
    } catch (McxException | RuntimeException e) {
      d.key().destroy();
      throw e;
    }
  }

  private IMessage structure(Bytes message) throws MalformedMessageException {
    try {
      return IMessage.of(codec.decode(message));
    } catch (MalformedMessageException e) {
      String msg = e.getMessage();
      throw msg.startsWith(OpenCheck.STRUCTURE.label() + ": ") ? e
          : new MalformedMessageException(OpenCheck.STRUCTURE.reason(msg), e);
    }
  }

  private void checkFreshness(Instant t, Instant now, Bytes digest) throws PolicyException {
    if (!s.freshness().checked()) {
      return;
    }
    if (t.isBefore(now.minus(s.freshness().maxAge()))) {
      throw new PolicyException(OpenCheck.FRESHNESS.reason("T " + t + " is more than " + s.freshness().maxAge()
          + " before the receiver's time " + now));
    }
    if (t.isAfter(now.plus(s.freshness().maxAhead()))) {
      throw new PolicyException(OpenCheck.FRESHNESS.reason("T " + t + " is more than " + s.freshness().maxAhead()
          + " after the receiver's time " + now));
    }
    if (s.replayCache().contains(digest)) {
      throw new PolicyException(OpenCheck.REPLAY.reason("the message was already accepted (T " + t + ")"));
    }
  }

  /** The key period number of T in the receiver's home KMS, when T is a plausible time. */
  private OptionalLong periodOfT(IMessage m) {
    long ntp = m.timestamp().ntpSeconds().orElse(0L);
    Optional<KeyPeriod> period = s.home().map(KmsCertificate::keyPeriod);
    return ntp < NTP_2000 || period.isEmpty() ? OptionalLong.empty()
        : OptionalLong.of(period.get().periodNumberAtNtp(ntp));
  }

  private record Decapsulated(SecretBytes key, OptionalLong keyPeriodNo) {}

  private Decapsulated decapsulate(RecipientCheck.Target target) throws VerificationFailedException {
    SakkeEncapsulatedData sed;
    try {
      sed = SakkeEncapsulatedData.decode(target.sakke().data());
    } catch (MalformedMessageException e) {
      throw new VerificationFailedException(OpenCheck.DECAPSULATION.reason("SAKKE data does not parse: "
          + e.getMessage()));
    }
    for (ReceiverKeySet k : target.attempts()) {
      try {
        return new Decapsulated(k.decapsulator().decapsulate(sed), k.keyPeriodNo());
      } catch (VerificationFailedException e) {
        // the R check failed for this key set: try the next provisioned period
      }
    }
    if (target.factoryUid().isPresent()) {
      return decapsulateWithFactory(target.factoryUid().get(), sed);
    }
    List<String> tried = new ArrayList<>();
    target.attempts().forEach(k -> tried.add(k.keyPeriodNo().isPresent()
        ? Long.toString(k.keyPeriodNo().getAsLong()) : "UID " + k.uid()));
    throw new VerificationFailedException(OpenCheck.DECAPSULATION.reason("SAKKE decapsulation fails for every "
        + "receiver key tried (key periods " + String.join(", ", tried) + ")"));
  }

  private Decapsulated decapsulateWithFactory(Bytes uid, SakkeEncapsulatedData sed)
      throws VerificationFailedException {
    KeyDecapsulator d;
    try {
      d = s.keyForMessageUid().orElseThrow().forUid(uid);
    } catch (KeyMaterialException e) {
      throw new VerificationFailedException(OpenCheck.DECAPSULATION.reason("the receiver key is not the one of UID "
          + uid + ": " + e.getMessage()));
    }
    try {
      return new Decapsulated(d.decapsulate(sed), OptionalLong.empty());
    } catch (VerificationFailedException e) {
      throw new VerificationFailedException(OpenCheck.DECAPSULATION.reason("SAKKE decapsulation fails for UID "
          + uid));
    } finally {
      if (d instanceof AutoCloseable c) {
        closeQuietly(c);
      }
    }
  }

  private static void closeQuietly(AutoCloseable c) {
    try {
      c.close();
    } catch (Exception e) {
      // closing only wipes precomputed key material; nothing to report to the caller
    }
  }

  private static Bytes sha256(Bytes b) {
    try {
      return Bytes.copyOf(MessageDigest.getInstance("SHA-256").digest(b.toByteArray()));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  /**
   * Configures an {@link IMessageOpener}. Required: a way to verify the initiator ({@link #kms} or
   * {@link #kpakOnly}) and receiver keys ({@link #keySet} or {@link #keyForMessageUid}).
   */
  public static final class Builder {
    private final String myUri;
    private final List<KmsCertificate> kms = new ArrayList<>();
    private final List<ReceiverKeySet> keySets = new ArrayList<>();
    private Bytes kpakOnly;
    private ReceiverKeyFactory keyForMessageUid;
    private Bytes signerUid;
    private IdentityVerifiers verifiers;
    private Clock clock = Clock.systemUTC();
    private Freshness freshness = Freshness.INTERACTIVE;
    private ReplayCache replayCache;
    private Predicate<String> gmkInitiators;
    private KeyStatusPolicy statusPolicy = KeyStatusPolicy.NOT_REVOKED_BIT_OR_ZERO;
    private boolean rejectExpired = true;
    private boolean signatureWithoutSignHeader = true;
    private MikeyLimits limits = MikeyLimits.DEFAULT;

    private Builder(String myUri) {
      this.myUri = Objects.requireNonNull(myUri, "myUri");
    }

    /** A KMS certificate; the first one given is the receiver's home KMS. */
    public Builder kms(KmsCertificate certificate) {
      kms.add(Objects.requireNonNull(certificate, "certificate"));
      return this;
    }

    /** The KPAK to verify initiators whose KMS has no certificate here (UIDs then come from the message). */
    public Builder kpakOnly(Bytes kpak) {
      this.kpakOnly = Objects.requireNonNull(kpak, "kpak");
      return this;
    }

    /** A receiver key set (RSK and UID of one key period). */
    public Builder keySet(ReceiverKeySet keySet) {
      keySets.add(Objects.requireNonNull(keySet, "keySet"));
      return this;
    }

    /**
     * A receiver key whose UID is taken from the message (IDR role 9) when no key set matches: safe, since the key
     * validates and decapsulates only under the UID it was issued for. See {@link ReceiverKeyFactory#sakke}.
     */
    public Builder keyForMessageUid(ReceiverKeyFactory factory) {
      this.keyForMessageUid = Objects.requireNonNull(factory, "factory");
      return this;
    }

    /** The initiator's UID, when known in advance; the message must then be signed with it. */
    public Builder signerUid(Bytes uid) {
      this.signerUid = Objects.requireNonNull(uid, "uid");
      return this;
    }

    /** How signatures are verified; {@link IdentityVerifiers#eccsi()} unless set. */
    public Builder verifiers(IdentityVerifiers verifiers) {
      this.verifiers = Objects.requireNonNull(verifiers, "verifiers");
      return this;
    }

    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    public Builder freshness(Freshness freshness) {
      this.freshness = Objects.requireNonNull(freshness, "freshness");
      return this;
    }

    /** The replay cache; by default one of 10 000 entries owned by this opener. Share one between openers. */
    public Builder replayCache(ReplayCache cache) {
      this.replayCache = Objects.requireNonNull(cache, "cache");
      return this;
    }

    /** Which initiators (IDRi URI, or UID in hex) may distribute GMKs; by default any that verifies. */
    public Builder authorisedGmkInitiators(Predicate<String> initiators) {
      this.gmkInitiators = Objects.requireNonNull(initiators, "initiators");
      return this;
    }

    public Builder keyStatusPolicy(KeyStatusPolicy policy) {
      this.statusPolicy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /** Whether a key whose Expiry Time has passed is refused (default true). */
    public Builder rejectExpiredKeys(boolean reject) {
      this.rejectExpired = reject;
      return this;
    }

    /** Whether a signature over the octets without the SIGN header is accepted as a fallback (default true). */
    public Builder acceptSignatureWithoutSignHeader(boolean accept) {
      this.signatureWithoutSignHeader = accept;
      return this;
    }

    public Builder limits(MikeyLimits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    public IMessageOpener build() {
      if (kms.isEmpty() && kpakOnly == null) {
        throw new IllegalStateException("no KMS certificate and no KPAK: initiators cannot be verified");
      }
      if (keySets.isEmpty() && keyForMessageUid == null) {
        throw new IllegalStateException("no receiver key: nothing can be decapsulated");
      }
      return new IMessageOpener(new OpenerSettings(myUri, kms, Optional.ofNullable(kpakOnly), keySets,
          Optional.ofNullable(keyForMessageUid), Optional.ofNullable(signerUid),
          verifiers == null ? IdentityVerifiers.eccsi() : verifiers, clock, freshness,
          replayCache == null ? new ReplayCache(10_000) : replayCache, Optional.ofNullable(gmkInitiators),
          statusPolicy, rejectExpired, signatureWithoutSignHeader, limits));
    }
  }
}
