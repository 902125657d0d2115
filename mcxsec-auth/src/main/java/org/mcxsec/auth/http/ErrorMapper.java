// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.auth.http;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import org.mcxsec.auth.AuthenticationException;
import org.mcxsec.crypto.KeyMaterialException;
import org.mcxsec.crypto.MalformedMessageException;
import org.mcxsec.crypto.McxException;
import org.mcxsec.crypto.PolicyException;
import org.mcxsec.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where an HTTP app turns exceptions into responses (design §4): a JSON body
 * {@code {"status", "error", "detail"}} with one line of detail, never a stack trace.
 *
 * <table>
 *   <tr><td>{@link AuthenticationException}</td><td>401, {@code WWW-Authenticate: Bearer}</td></tr>
 *   <tr><td>{@link PolicyException}</td><td>403 (valid request, another identity's data)</td></tr>
 *   <tr><td>{@link MalformedMessageException}, other {@link McxException}</td><td>400</td></tr>
 *   <tr><td>{@link KeyMaterialException}</td><td>500 (the server's own keys are unusable; detail logged)</td></tr>
 *   <tr><td>{@link StoreException}</td><td>503 (database unavailable; detail logged)</td></tr>
 * </table>
 */
public final class ErrorMapper {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);

  private ErrorMapper() {}

  /** Installs the mapping on {@code app}. */
  public static void install(Javalin app) {
    app.exception(AuthenticationException.class, (e, ctx) -> {
      ctx.header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
      problem(ctx, HttpStatus.UNAUTHORIZED, "invalid_token", e.getMessage());
    });
    app.exception(PolicyException.class, (e, ctx) -> problem(ctx, HttpStatus.FORBIDDEN, "forbidden", e.getMessage()));
    app.exception(KeyMaterialException.class, (e, ctx) -> {
      LOG.error("server key material unusable: {}", e.getMessage());
      problem(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "server_error", "server key material is unusable");
    });
    app.exception(McxException.class, (e, ctx) -> problem(ctx, HttpStatus.BAD_REQUEST, "bad_request",
        e.getMessage()));
    app.exception(StoreException.class, (e, ctx) -> {
      LOG.error("database failure: {}", e.getMessage());
      problem(ctx, HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "the database is unavailable");
    });
  }

  private static void problem(Context ctx, HttpStatus status, String error, String detail) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", status.getCode());
    body.put("error", error);
    body.put("detail", detail);
    ctx.status(status).json(body);
  }
}
