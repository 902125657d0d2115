// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.kms.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import org.mcxsec.crypto.MalformedMessageException;

/** Reads a request body with a hard cap, whether or not the client sent a Content-Length. */
final class RequestBody {
  private RequestBody() {}

  static byte[] read(Context ctx, int maxOctets) throws MalformedMessageException {
    long declared = ctx.contentLength();
    if (declared > maxOctets) {
      throw new MalformedMessageException("request body of " + declared + " octets exceeds the limit of "
          + maxOctets);
    }
    try (InputStream in = ctx.req().getInputStream()) {
      byte[] body = in.readNBytes(maxOctets + 1);
      if (body.length > maxOctets) {
        throw new MalformedMessageException("request body exceeds the limit of " + maxOctets + " octets");
      }
      return body;
    } catch (IOException e) {
      throw new MalformedMessageException("request body could not be read: " + e.getMessage());
    }
  }
}
