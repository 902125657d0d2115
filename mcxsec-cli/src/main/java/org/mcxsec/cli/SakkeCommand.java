// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.cli;

import picocli.CommandLine.Command;

/** {@code mcxsec sakke}: SAKKE key encapsulation (RFC 6508, parameter set 1 of RFC 6509). */
@Command(name = "sakke", description = "SAKKE key encapsulation (RFC 6508, parameter set 1).",
    subcommands = {SakkeKeygenCommand.class, SakkeEncapsulateCommand.class, SakkeDecapsulateCommand.class})
public final class SakkeCommand {}
