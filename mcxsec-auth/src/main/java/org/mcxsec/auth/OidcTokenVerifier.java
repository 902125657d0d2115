// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.ConfigurableJWTProcessor;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.net.URL;
import java.text.ParseException;
import java.util.HashSet;
import java.util.Set;

/**
 * Trusts an external OpenID Connect issuer instead of the built-in token service: tokens are JWTs signed with a
 * key from the issuer's JWKS (RS256, ES256, PS256 …), with the configured issuer, not expired, and (if
 * configured) for the configured audience. The identity is the claim {@code identityClaim} (default
 * {@code sub}), which must hold the user's URI.
 *
 * <p>Thread safety: safe to share; the JWKS is fetched on demand and cached by Nimbus.
 */
public final class OidcTokenVerifier implements TokenVerifier {
  private final ConfigurableJWTProcessor<SecurityContext> processor;
  private final String identityClaim;

  /**
   * @param issuer the {@code iss} value tokens must carry
   * @param jwksUrl where the issuer publishes its signing keys
   * @param audience the {@code aud} value tokens must carry, or null to accept any
   * @param identityClaim the claim carrying the user's URI
   */
  public OidcTokenVerifier(String issuer, URL jwksUrl, String audience, String identityClaim) {
    JWKSource<SecurityContext> keys = JWKSourceBuilder.create(jwksUrl).retrying(true).build();
    Set<JWSAlgorithm> algs = new HashSet<>();
    algs.addAll(JWSAlgorithm.Family.RSA);
    algs.addAll(JWSAlgorithm.Family.EC);
    DefaultJWTProcessor<SecurityContext> p = new DefaultJWTProcessor<>();
    p.setJWSKeySelector(new JWSVerificationKeySelector<>(algs, keys));
    JWTClaimsSet.Builder exact = new JWTClaimsSet.Builder().issuer(issuer);
    Set<String> required = new HashSet<>(Set.of("exp", identityClaim));
    p.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(audience, exact.build(), required));
    this.processor = p;
    this.identityClaim = identityClaim;
  }

  @Override
  public Caller verify(String token) throws AuthenticationException {
    JWTClaimsSet claims;
    try {
      claims = processor.process(token, null);
    } catch (ParseException e) {
      throw new AuthenticationException("access token is not a JWT");
    } catch (BadJOSEException e) {
      throw new AuthenticationException("access token rejected: " + e.getMessage());
    } catch (JOSEException e) {
      throw new AuthenticationException("access token could not be checked against the issuer's keys", e);
    }
    Object id = claims.getClaim(identityClaim);
    if (!(id instanceof String uri) || uri.isEmpty()) {
      throw new AuthenticationException("access token claim '" + identityClaim + "' is not a user URI");
    }
    return new Caller(uri, false);
  }
}
