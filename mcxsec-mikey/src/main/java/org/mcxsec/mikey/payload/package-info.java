// SPDX-License-Identifier: Apache-2.0
/**
 * The MIKEY common header and payloads as immutable records (RFC 3830 §6, RFC 6043 §6, RFC 6509 §4, TS 33.180
 * E.5–E.7), with the wire codes as enums. Every field of the wire format is kept, so that a decoded message
 * re-encodes to the same octets.
 */
package org.mcxsec.mikey.payload;
