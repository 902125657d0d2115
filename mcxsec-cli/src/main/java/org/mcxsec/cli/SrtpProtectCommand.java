// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.cli;

import org.mcxsec.crypto.MalformedMessageException;
import org.mcxsec.crypto.SecretBytes;
import org.mcxsec.srtp.SrtpOneShot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code mcxsec srtp protect}: prints {@code packet=} (the SRTP or SRTCP packet). */
@Command(name = "protect", description = "Protect one RTP (or, with --rtcp, RTCP) packet.")
public final class SrtpProtectCommand implements McxCommand {
  @Mixin
  SrtpPacketOptions options;

  @Override
  public CliResult execute() throws MalformedMessageException {
    try (SecretBytes key = options.key(); SecretBytes salt = options.salt()) {
      return CliResult.ok("packet", SrtpOneShot.protect(options.profile(), key, salt, options.mki,
          options.rocOrIndex(), options.packet, options.rtcp).toHex());
    }
  }
}
