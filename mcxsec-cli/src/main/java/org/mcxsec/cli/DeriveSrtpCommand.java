// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.cli;

import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.InsecureSecretAccess;
import org.mcxsec.crypto.SecretBytes;
import org.mcxsec.crypto.kdf.MikeyKeyDerivation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mcxsec keys derive-srtp}: the SRTP master key and salt of TS 33.180 §7.4 from a TGK (GMK, PCK, CSK).
 * Prints {@code master-key=} and {@code master-salt=}.
 */
@Command(name = "derive-srtp", description = "SRTP master key and salt from a GMK/PCK/CSK (TS 33.180 7.4).")
public final class DeriveSrtpCommand implements McxCommand {
  @Option(names = "--key", required = true, converter = HexConverter.class, description = "TGK: GMK, PCK or CSK")
  Bytes key;

  @Option(names = "--rand", required = true, converter = HexConverter.class, description = "RAND of the MIKEY message")
  Bytes rand;

  @Option(names = "--csb-id", required = true, converter = HexConverter.class,
      description = "CSB ID, 4 octets (the sender's GUK-ID for a GMK)")
  Bytes csbId;

  @Option(names = "--cs-id", required = true, description = "CS-ID (TS 33.180 Table E.1.3-1; 4 = MCPTT group)")
  int csId;

  @Option(names = "--salt-octets", defaultValue = "12", description = "master salt length (12 GCM, 14 AES-CM)")
  int saltOctets;

  @Override
  public CliResult execute() {
    if (csbId.size() != 4) {
      return CliResult.usage("--csb-id has " + csbId.size() + " octets; 4 are required");
    }
    if (rand.size() < 16) {
      return CliResult.usage("--rand has " + rand.size() + " octets; at least 16 are required");
    }
    if (csId < 0 || csId > 255) {
      return CliResult.usage("--cs-id " + csId + " is outside [0, 255]");
    }
    if (saltOctets != 12 && saltOctets != 14) {
      return CliResult.usage("--salt-octets " + saltOctets + " is neither 12 nor 14");
    }
    int csb = csbId.get(0) << 24 | csbId.get(1) << 16 | csbId.get(2) << 8 | csbId.get(3);
    try (SecretBytes tgk = SecretBytes.copyOf(key.toByteArray(), InsecureSecretAccess.get());
        SecretBytes mk = MikeyKeyDerivation.srtpMasterKey(tgk, csId, csb, rand);
        SecretBytes ms = MikeyKeyDerivation.srtpMasterSalt(tgk, csId, csb, rand, saltOctets)) {
      return CliResult.ok(
          "master-key", Bytes.copyOf(mk.toByteArray(InsecureSecretAccess.get())).toHex(),
          "master-salt", Bytes.copyOf(ms.toByteArray(InsecureSecretAccess.get())).toHex());
    }
  }
}
