// SPDX-License-Identifier: Apache-2.0
/**
 * MIKEY-SAKKE messages for MCX key distribution (RFC 3830, RFC 6043, RFC 6509, TS 33.180 Annex E).
 *
 * <p>Read {@link org.mcxsec.mikey.MikeyCodec} first (the wire format, with a byte diagram), then
 * {@link org.mcxsec.mikey.IMessageCreator} and {@link org.mcxsec.mikey.IMessageOpener}, which create and open signed
 * I_MESSAGEs for GMK, PCK and CSK with the crypto module's ECCSI and SAKKE. {@link org.mcxsec.mikey.MikeyJson}
 * renders decoded messages and opened keys for tools. Payload records live in {@code .payload}, the key-parameters
 * extension of TS 33.180 E.6 in {@code .keyparams}; {@code .internal} holds the readers and writers.
 */
package org.mcxsec.mikey;
