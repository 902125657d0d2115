// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.cli;

import java.util.Base64;
import org.mcxsec.crypto.Bytes;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** A MIKEY message given as base64 (the SDP {@code a=key-mgmt:mikey} form, or a GKTP) or as hex. */
public final class MikeyMessageInput {
  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source;

  static final class Source {
    @Option(names = "--base64", description = "the message in base64") String base64;

    @Option(names = "--hex", description = "the message in hex") String hex;
  }

  /**
   * The message octets.
   *
   * @throws IllegalArgumentException (a usage error) naming the encoding problem
   */
  Bytes octets() {
    if (source.hex != null) {
      return Bytes.fromHex(source.hex);
    }
    try {
      return Bytes.copyOf(Base64.getDecoder().decode(source.base64.replaceAll("\\s", "")));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--base64 is not base64: " + e.getMessage(), e);
    }
  }
}
