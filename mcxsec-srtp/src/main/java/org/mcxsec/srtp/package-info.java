// SPDX-License-Identifier: Apache-2.0
/** SRTP and SRTCP media protection (RFC 3711, RFC 7714, RFC 4771) and TS 33.180 §7.4 key derivation. */
package org.mcxsec.srtp;
