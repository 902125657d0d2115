// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.cli;

import org.mcxsec.crypto.MalformedMessageException;
import org.mcxsec.mikey.MikeyCodec;
import org.mcxsec.mikey.MikeyJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code mcxsec mikey decode}: every payload and field of a MIKEY message, by its spec name, as JSON. Nothing is
 * verified or decrypted; a malformed message exits 1 with an {@code error=} line naming payload, field and offset.
 */
@Command(name = "decode", description = "Every payload and field of a MIKEY message, as JSON.")
public final class MikeyDecodeCommand implements McxCommand {
  @Mixin
  MikeyMessageInput input;

  @Option(names = "--compact", description = "one line of JSON instead of indented")
  boolean compact;

  @Override
  public CliResult execute() throws MalformedMessageException {
    return CliResult.json(MikeyJson.decoded(new MikeyCodec().decode(input.octets()), !compact));
  }
}
