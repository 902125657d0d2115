// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.auth.http;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import org.mcxsec.auth.AuthenticationException;
import org.mcxsec.auth.LocalTokenService;

/**
 * {@code POST /oauth/token} with {@code grant_type=password&username=<uri>&password=<pw>} (RFC 6749 §4.3):
 * answers {@code {"access_token", "token_type": "Bearer", "expires_in"}}, or 400 with an RFC 6749 §5.2 error.
 */
public final class TokenEndpoint {
  /** The path of the token endpoint. */
  public static final String PATH = "/oauth/token";
  private final LocalTokenService tokens;

  public TokenEndpoint(LocalTokenService tokens) {
    this.tokens = tokens;
  }

  /** Handles one token request. */
  public void handle(Context ctx) {
    ctx.header("Cache-Control", "no-store");
    String grant = ctx.formParam("grant_type");
    if (!"password".equals(grant)) {
      error(ctx, "unsupported_grant_type", "grant_type '" + grant + "' is not supported, expected 'password'");
      return;
    }
    String user = ctx.formParam("username");
    String password = ctx.formParam("password");
    if (user == null || password == null) {
      error(ctx, "invalid_request", "username and password are required");
      return;
    }
    try {
      LocalTokenService.IssuedToken t = tokens.issue(user, password);
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("access_token", t.accessToken());
      body.put("token_type", "Bearer");
      body.put("expires_in", t.expiresInSeconds());
      ctx.json(body);
    } catch (AuthenticationException e) {
      error(ctx, "invalid_grant", e.getMessage());
    }
  }

  private static void error(Context ctx, String code, String description) {
    ctx.status(HttpStatus.BAD_REQUEST).json(Map.of("error", code, "error_description", description));
  }
}
