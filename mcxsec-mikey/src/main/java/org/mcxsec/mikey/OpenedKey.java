// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.SecretBytes;
import org.mcxsec.mikey.keyparams.KeyParameters;
import org.mcxsec.mikey.keyparams.McGroupId;
import org.mcxsec.mikey.payload.SecurityPolicyPayload;

/**
 * A key recovered from an I_MESSAGE that passed every check of {@link IMessageOpener}, with what the receiver must
 * store beside it (TS 33.180 digest §10 step 10): the key ID, the CSB ID (for a GMK the receiver's own GUK-ID), the
 * RAND (needed for every SRTP key derived from it, §7.4), the CS ID, the key parameters, and how the message was
 * opened.
 *
 * <p>Security: holds the key; {@link #close()} wipes it. No {@code equals}; {@code toString} omits the key.
 *
 * <p>Thread safety: immutable until closed.
 */
public final class OpenedKey implements AutoCloseable {
  private final KeyType keyType;
  private final SecretBytes key;
  private final int keyId;
  private final int csbId;
  private final Bytes rand;
  private final OptionalInt csId;
  private final Optional<KeyParameters> keyParameters;
  private final Optional<String> keyParametersNote;
  private final String signer;
  private final Bytes signerUid;
  private final Instant timestamp;
  private final OptionalLong keyPeriodNo;
  private final SignatureCoverage coverage;
  private final boolean sakkeToSelf;
  private final List<SecurityPolicyPayload> policies;

  OpenedKey(KeyType keyType, SecretBytes key, int keyId, int csbId, Bytes rand, OptionalInt csId,
      Optional<KeyParameters> keyParameters, Optional<String> keyParametersNote, String signer, Bytes signerUid,
      Instant timestamp, OptionalLong keyPeriodNo, SignatureCoverage coverage, boolean sakkeToSelf,
      List<SecurityPolicyPayload> policies) {
    this.keyType = Objects.requireNonNull(keyType);
    this.key = Objects.requireNonNull(key);
    this.keyId = keyId;
    this.csbId = csbId;
    this.rand = Objects.requireNonNull(rand);
    this.csId = Objects.requireNonNull(csId);
    this.keyParameters = Objects.requireNonNull(keyParameters);
    this.keyParametersNote = Objects.requireNonNull(keyParametersNote);
    this.signer = Objects.requireNonNull(signer);
    this.signerUid = Objects.requireNonNull(signerUid);
    this.timestamp = Objects.requireNonNull(timestamp);
    this.keyPeriodNo = Objects.requireNonNull(keyPeriodNo);
    this.coverage = Objects.requireNonNull(coverage);
    this.sakkeToSelf = sakkeToSelf;
    this.policies = List.copyOf(policies);
  }

  public KeyType keyType() {
    return keyType;
  }

  /** The 16-octet GMK, PCK or CSK. */
  public SecretBytes key() {
    return key;
  }

  /** GMK-ID (recovered as GUK-ID ⊕ user salt), PCK-ID or CSK-ID. */
  public int keyId() {
    return keyId;
  }

  /** The HDR CSB ID: for a GMK the receiver's own GUK-ID, otherwise the key ID. */
  public int csbId() {
    return csbId;
  }

  public Bytes rand() {
    return rand;
  }

  /** The CS ID of the GENERIC-ID map entry, when the message has one. */
  public OptionalInt csId() {
    return csId;
  }

  /** The decrypted key parameters (TS 33.180 E.6), when the message has readable ones. */
  public Optional<KeyParameters> keyParameters() {
    return keyParameters;
  }

  /** Why there are no key parameters: absent, legacy form, or unreadable (with the reason). */
  public Optional<String> keyParametersNote() {
    return keyParametersNote;
  }

  /** The Status IE. */
  public OptionalInt status() {
    return keyParameters.map(p -> OptionalInt.of(p.status())).orElse(OptionalInt.empty());
  }

  /** The group IDs the key is bound to (E.6.3); empty when none are given. */
  public List<String> groupIds() {
    return keyParameters.flatMap(KeyParameters::groupIds).orElse(List.of()).stream().map(McGroupId::uri).toList();
  }

  /** The initiator as the message names it: the IDRi URI, or the initiator's UID in hex. */
  public String signer() {
    return signer;
  }

  /** The UID the signature verified with. */
  public Bytes signerUid() {
    return signerUid;
  }

  /** The T payload's time. */
  public Instant timestamp() {
    return timestamp;
  }

  /** The key period of the receiver key set that opened the key; empty if the UID came from the message. */
  public OptionalLong keyPeriodNo() {
    return keyPeriodNo;
  }

  public SignatureCoverage coverage() {
    return coverage;
  }

  /** Whether the key came from the SAKKE-to-self extension (the receiver is the initiator, E.5). */
  public boolean sakkeToSelf() {
    return sakkeToSelf;
  }

  /** The SP payloads; empty means the default profile (TS 33.180 E.2, E.3.1). */
  public List<SecurityPolicyPayload> policies() {
    return policies;
  }

  @Override
  public void close() {
    key.destroy();
  }

  @Override
  public String toString() {
    return String.format("OpenedKey[%s, key id %08x, csb id %08x, key=<redacted>, signer %s]", keyType, keyId, csbId,
        signer);
  }
}
