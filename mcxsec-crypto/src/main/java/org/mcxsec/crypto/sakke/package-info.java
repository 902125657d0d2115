// SPDX-License-Identifier: Apache-2.0
/**
 * SAKKE (RFC 6508) with the RFC 6509 parameter set 1: KMS keys ({@link org.mcxsec.crypto.sakke.SakkeKmsKey}),
 * receiver keys ({@link org.mcxsec.crypto.sakke.SakkeReceiverKey}), encapsulation
 * ({@link org.mcxsec.crypto.sakke.SakkeEncapsulator}) and decapsulation
 * ({@link org.mcxsec.crypto.sakke.SakkeDecapsulator}) of the 273-octet
 * {@link org.mcxsec.crypto.sakke.SakkeEncapsulatedData}. Byte-exact to the RFC encodings: 16-octet SSV, the
 * identifier octets as given, 128-octet g^r.
 */
package org.mcxsec.crypto.sakke;
