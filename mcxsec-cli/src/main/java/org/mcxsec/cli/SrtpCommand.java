// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.cli;

import picocli.CommandLine.Command;

/** {@code mcxsec srtp}: protect or unprotect one SRTP/SRTCP packet (RFC 3711, RFC 7714). */
@Command(name = "srtp", description = "Protect or unprotect one SRTP/SRTCP packet.",
    subcommands = {SrtpProtectCommand.class, SrtpUnprotectCommand.class})
public final class SrtpCommand {}
