// SPDX-License-Identifier: Apache-2.0
/**
 * Classic libpcap files, IPv4/UDP framing and {@link org.mcxsec.srtp.pcap.SrtpPcapDecryptor}, which turns an SRTP
 * capture into plain RTP given an {@link org.mcxsec.srtp.pcap.SrtpKeyLog}.
 */
package org.mcxsec.srtp.pcap;
