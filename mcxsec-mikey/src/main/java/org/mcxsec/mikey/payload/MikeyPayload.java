// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey.payload;

/**
 * One payload of the chain that follows the common header (RFC 3830 §6). The next-payload octet is not part of
 * the value: the encoder derives it from the order of the payloads in the message.
 *
 * <p>The family is sealed: a decoder returns exactly these types and nothing else, and code that dispatches on
 * {@code instanceof} can know it has covered every case.
 */
public sealed interface MikeyPayload
    permits TimestampPayload, RandPayload, IdrPayload, SecurityPolicyPayload, SakkePayload,
        GeneralExtensionPayload, SignaturePayload {
  PayloadType type();
}
