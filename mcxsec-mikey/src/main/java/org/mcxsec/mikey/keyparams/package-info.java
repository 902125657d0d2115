// SPDX-License-Identifier: Apache-2.0
/**
 * The key parameters of TS 33.180 E.6: the 8.5.4 protected payload carried in a type-7 general extension, the Key
 * Parameters information elements it encrypts, and their AES-128-GCM protection under the DPCK.
 */
package org.mcxsec.mikey.keyparams;
