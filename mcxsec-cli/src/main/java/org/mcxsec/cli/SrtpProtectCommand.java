// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.cli;

import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.InsecureSecretAccess;
import org.mcxsec.crypto.MalformedMessageException;
import org.mcxsec.crypto.SecretBytes;
import org.mcxsec.srtp.SrtpOneShot;
import org.mcxsec.srtp.SrtpSessionKeyOneShot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code mcxsec srtp protect}: prints {@code packet=} (the SRTP or SRTCP packet). With {@code --session-key} and
 * {@code --session-salt} instead of a master key, the session keys are used as given (no key derivation, no
 * MKI), which reproduces examples published at session-key level such as RFC 7714 §16.1.
 */
@Command(name = "protect", description = "Protect one RTP (or, with --rtcp, RTCP) packet.")
public final class SrtpProtectCommand implements McxCommand {
  @Mixin
  SrtpPacketOptions options;

  @Option(names = "--session-key", converter = HexConverter.class,
      description = "session encryption key, used as given instead of a master key (16 octets)")
  Bytes sessionKey;

  @Option(names = "--session-salt", converter = HexConverter.class,
      description = "session salt, used as given (12 octets GCM, 14 AES-CM)")
  Bytes sessionSalt;

  @Option(names = "--session-auth-key", converter = HexConverter.class, defaultValue = "",
      description = "session HMAC-SHA1 key for AES-CM (20 octets)")
  Bytes sessionAuthKey;

  @Override
  public CliResult execute() throws MalformedMessageException {
    boolean session = sessionKey != null || sessionSalt != null;
    if (session) {
      if (sessionKey == null || sessionSalt == null || options.masterKey != null || options.masterSalt != null) {
        return CliResult.usage("give --session-key and --session-salt, or --master-key and --master-salt");
      }
      if (!options.mki.isEmpty()) {
        return CliResult.usage("--mki cannot be used with session keys");
      }
      InsecureSecretAccess access = InsecureSecretAccess.get();
      try (SecretBytes k = SecretBytes.copyOf(sessionKey.toByteArray(), access);
          SecretBytes s = SecretBytes.copyOf(sessionSalt.toByteArray(), access);
          SecretBytes a = SecretBytes.copyOf(sessionAuthKey.toByteArray(), access)) {
        return CliResult.ok("packet", SrtpSessionKeyOneShot.protect(options.profile(), k, s, a,
            options.rocOrIndex(), options.packet, options.rtcp).toHex());
      }
    }
    if (options.missingMasterKey() != null) {
      return CliResult.usage(options.missingMasterKey());
    }
    try (SecretBytes key = options.key(); SecretBytes salt = options.salt()) {
      return CliResult.ok("packet", SrtpOneShot.protect(options.profile(), key, salt, options.mki,
          options.rocOrIndex(), options.packet, options.rtcp).toHex());
    }
  }
}
