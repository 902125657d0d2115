// SPDX-License-Identifier: Apache-2.0
/**
 * The per-packet machinery behind the SRTP API: session key derivation, AES counter modes on a reused JDK cipher,
 * table-driven GHASH, HMAC-SHA1 on reused digests, packet layouts, index estimation and replay windows. Not API:
 * it may change without notice.
 */
package org.mcxsec.srtp.internal;
