// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.cli;

import picocli.CommandLine.Command;

/** {@code mcxsec pcap}: work on packet captures. */
@Command(name = "pcap", description = "Packet captures.", subcommands = {PcapDecryptCommand.class})
public final class PcapCommand {}
