// SPDX-License-Identifier: Apache-2.0
/**
 * ECCSI identity-based signatures (RFC 6507) with P-256 and SHA-256, as MIKEY-SAKKE (RFC 6509) and TS 33.180
 * use them to sign I_MESSAGEs.
 *
 * <p>Who holds what:
 * <pre>
 *   KMS      EccsiKmsKey        KSAK (secret), KPAK = [KSAK]G (public, given to every user)
 *              | issue(ID)      §5.1.1: v random, PVT = [v]G, HS = hash(G || KPAK || ID || PVT),
 *              v                        SSK = KSAK + HS*v mod q
 *   user     EccsiSigningKey    ID, KPAK, PVT, SSK (secret), HS   -- validate() checks §5.1.2 on receipt
 *              | EccsiSigner.sign(M)   §5.2.1, fresh j each time
 *              v
 *   wire     EccsiSignature     r (32) || s (32) || PVT (65) = 129 octets
 *              | EccsiVerifier(KPAK, signer ID).verify(M, sig)   §5.2.2
 *              v
 *   anyone   returns, or throws VerificationFailedException naming the failed check
 * </pre>
 *
 * <p>{@link org.mcxsec.crypto.eccsi.EccsiKpakVerifier} keeps verifiers for many signers of one KMS.
 * Arithmetic lives in {@code internal}: 52-bit-limb Montgomery field and scalar arithmetic, constant-time
 * fixed-base multiplication for secrets, variable-time tables and wNAF for verification.
 *
 * <p>Security: KSAK, SSK, v and j live in {@link org.mcxsec.crypto.SecretBytes} or in short-lived
 * {@code byte[]}/{@code long[]} copies that are zeroed after each operation; no {@code BigInteger} ever holds
 * one. Every computation with them ([KSAK]G, [v]G, [SSK]G, [j]G, the mod-q products and the inversion of
 * HE + r·SSK) is free of secret-dependent branches and table indices: masked table scans, complete addition
 * formulas, Fermat inversions. Verification, key-set validation's [HS]PVT and table building handle public
 * values only and run in variable time. Java offers no guarantee about the machine code the JIT emits, so this
 * is a property of the source, checked by review, not a measured one.
 */
package org.mcxsec.crypto.eccsi;
