// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.cli;

import picocli.CommandLine.Command;

/** {@code mcxsec mikey}: MIKEY-SAKKE I_MESSAGEs (RFC 3830, RFC 6509, TS 33.180 Annex E). */
@Command(name = "mikey", description = "MIKEY-SAKKE I_MESSAGEs (TS 33.180 Annex E).",
    subcommands = {MikeyDecodeCommand.class, MikeyOpenCommand.class, MikeyCreateGmkCommand.class})
public final class MikeyCommand {}
