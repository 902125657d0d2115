// SPDX-License-Identifier: Apache-2.0
/**
 * The GMS (TS 33.180 §5.7, TS 24.481). Start with {@link org.mcxsec.gms.GmsService}; {@code xml} writes group
 * documents with GKTPs, {@code http} serves them with notifications.
 */
package org.mcxsec.gms;
