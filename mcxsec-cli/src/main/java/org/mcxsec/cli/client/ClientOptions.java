// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.cli.client;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.mcxsec.crypto.PolicyException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** The options every {@code mcxsec client} subcommand shares: where {@code serve} is, who the user is. */
public final class ClientOptions {
  /** The GMS identity {@code serve} uses unless configured otherwise. */
  public static final String DEFAULT_GMS_URI = "sip:gms@mcxsec.local";
  private static final long MAX_PASSWORD_FILE = 4096;

  @Option(names = "--url", required = true, description = "the serve base URL, e.g. http://127.0.0.1:8080")
  URI url;

  @Option(names = "--user", required = true, description = "the MC service user ID, e.g. sip:alice@example.org")
  String user;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Secret secret;

  @Option(names = "--data", description = "directory for this client's key store (GMKs sealed under DIR/kek)")
  Path data;

  @Option(names = "--gms-uri", defaultValue = DEFAULT_GMS_URI,
      description = "the only identity whose GMKs are accepted (default " + DEFAULT_GMS_URI + ")")
  String gmsUri;

  static final class Secret {
    @Option(names = "--password", description = "the user's password") String password;

    @Option(names = "--password-file", description = "a file whose first line is the user's password")
    Path passwordFile;
  }

  public URI url() {
    return url;
  }

  public String user() {
    return user;
  }

  public Path data() {
    return data;
  }

  public String gmsUri() {
    return gmsUri;
  }

  /** The WebSocket URI of the call server that {@code serve} runs on the same port. */
  public URI callServer() {
    String base = url.toString().replaceFirst("^http", "ws").replaceAll("/+$", "");
    return URI.create(base + "/mcptt/ws");
  }

  /**
   * The password, from {@code --password} or the first line of {@code --password-file}.
   *
   * @throws PolicyException if the file cannot be read or is larger than 4 KiB
   */
  public String password() throws PolicyException {
    if (secret.password != null) {
      return secret.password;
    }
    try {
      if (Files.size(secret.passwordFile) > MAX_PASSWORD_FILE) {
        throw new PolicyException("--password-file " + secret.passwordFile + " is larger than " + MAX_PASSWORD_FILE
            + " octets");
      }
      String text = Files.readString(secret.passwordFile, StandardCharsets.UTF_8);
      int eol = text.indexOf('\n');
      return (eol < 0 ? text : text.substring(0, eol)).strip();
    } catch (IOException e) {
      throw new PolicyException("--password-file " + secret.passwordFile + " cannot be read: " + e.getMessage());
    }
  }
}
