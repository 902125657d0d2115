// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.cli;

import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.InsecureSecretAccess;
import org.mcxsec.crypto.KeyMaterialException;
import org.mcxsec.crypto.SecretBytes;
import org.mcxsec.crypto.sakke.SakkeEncapsulator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mcxsec sakke encapsulate} (RFC 6508 §6.2.1): prints {@code sed=} (R ‖ H, 273 octets). Deterministic
 * for a given SSV, identifier and Z, so results compare byte for byte with other implementations.
 */
@Command(name = "encapsulate", description = "Encapsulate an SSV to an identifier (RFC 6508 6.2.1).")
public final class SakkeEncapsulateCommand implements McxCommand {
  @Option(names = "--zpub", required = true, converter = HexConverter.class, description = "KMS public key Z")
  Bytes zPub;

  @Option(names = "--id", required = true, converter = HexConverter.class, description = "receiver identifier")
  Bytes id;

  @Option(names = "--ssv", required = true, converter = HexConverter.class, description = "SSV, 16 octets")
  Bytes ssv;

  @Override
  public CliResult execute() throws KeyMaterialException {
    if (ssv.size() != 16) {
      return CliResult.usage("--ssv has " + ssv.size() + " octets; SAKKE parameter set 1 carries 16");
    }
    try (SecretBytes s = SecretBytes.copyOf(ssv.toByteArray(), InsecureSecretAccess.get())) {
      return CliResult.ok("sed", SakkeEncapsulator.forKms(zPub).encapsulate(id, s).encode().toHex());
    }
  }
}
