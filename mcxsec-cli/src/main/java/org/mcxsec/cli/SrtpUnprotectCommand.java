// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.cli;

import org.mcxsec.crypto.SecretBytes;
import org.mcxsec.srtp.SrtpOneShot;
import org.mcxsec.srtp.UnprotectResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code mcxsec srtp unprotect}: prints {@code packet=} (the plain packet), or exit 1 with {@code status=} and an
 * {@code error=} line naming the per-packet status ({@code AUTH_FAILED}, {@code UNKNOWN_KEY}, {@code MALFORMED}, …).
 */
@Command(name = "unprotect", description = "Unprotect one SRTP (or, with --rtcp, SRTCP) packet.")
public final class SrtpUnprotectCommand implements McxCommand {
  @Mixin
  SrtpPacketOptions options;

  @Override
  public CliResult execute() {
    try (SecretBytes key = options.key(); SecretBytes salt = options.salt()) {
      UnprotectResult r = SrtpOneShot.unprotect(options.profile(), key, salt, options.mki, options.roc,
          options.packet, options.rtcp);
      if (r.isOk()) {
        return CliResult.ok("packet", r.packet().toHex());
      }
      return CliResult.rejected("packet rejected: " + r.status(), "status", r.status().name());
    }
  }
}
