// SPDX-License-Identifier: Apache-2.0
/** MIKEY-SAKKE messages for MCX key distribution (RFC 3830, RFC 6043, RFC 6509, TS 33.180 Annex E). */
package org.mcxsec.mikey;
