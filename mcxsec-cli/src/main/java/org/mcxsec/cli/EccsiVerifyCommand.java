// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.cli;

import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.McxException;
import org.mcxsec.crypto.eccsi.EccsiSignature;
import org.mcxsec.crypto.eccsi.EccsiVerifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mcxsec eccsi verify} (RFC 6507 §5.2.2): prints {@code valid=true}, or {@code valid=false} and an
 * {@code error=} line naming the failed check with exit code 1.
 */
@Command(name = "verify", description = "Verify a signature (RFC 6507 5.2.2).")
public final class EccsiVerifyCommand implements McxCommand {
  @Option(names = "--kpak", required = true, converter = HexConverter.class, description = "KMS public key KPAK")
  Bytes kpak;

  @Option(names = "--id", required = true, converter = HexConverter.class, description = "signer identifier")
  Bytes id;

  @Option(names = "--msg", required = true, converter = HexConverter.class, description = "message")
  Bytes msg;

  @Option(names = "--sig", required = true, converter = HexConverter.class, description = "signature r ‖ s ‖ PVT")
  Bytes sig;

  @Override
  public CliResult execute() {
    try {
      new EccsiVerifier(kpak, id).verify(msg, EccsiSignature.decode(sig));
      return CliResult.ok("valid", "true");
    } catch (McxException e) {
      return CliResult.rejected(e.getMessage(), "valid", "false");
    }
  }
}
