// SPDX-License-Identifier: Apache-2.0
/**
 * Access tokens (TS 33.180 D.1: the KMS is accessed with an IdMS access token): the built-in password grant
 * ({@link org.mcxsec.auth.LocalTokenService}) or an external OpenID Connect issuer
 * ({@link org.mcxsec.auth.OidcTokenVerifier}); {@code http} holds the bearer check and the error mapper.
 */
package org.mcxsec.auth;
