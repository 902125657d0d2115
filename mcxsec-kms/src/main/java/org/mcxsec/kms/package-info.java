// SPDX-License-Identifier: Apache-2.0
/**
 * The KMS (TS 33.180 §5.2, Annex D). Start with {@link org.mcxsec.kms.KmsService}; {@code xml} holds the Annex D
 * codecs, {@code http} the three endpoints, {@link org.mcxsec.kms.EccsiSakkeKmsCrypto} the real key issuance.
 */
package org.mcxsec.kms;
