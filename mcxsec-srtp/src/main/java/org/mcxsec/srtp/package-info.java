// SPDX-License-Identifier: Apache-2.0
/**
 * SRTP and SRTCP media protection (RFC 3711, RFC 7714, RFC 4771 RCCm3) and the TS 33.180 §7.4 media keys.
 *
 * <p>Start with {@link org.mcxsec.srtp.SrtpReceiver}. Senders and receivers are separate types
 * ({@link org.mcxsec.srtp.SrtpSender}, {@link org.mcxsec.srtp.SrtpReceiver}, {@link org.mcxsec.srtp.SrtcpSender},
 * {@link org.mcxsec.srtp.SrtcpReceiver}); group calls use {@link org.mcxsec.srtp.GroupSrtpSender} and
 * {@link org.mcxsec.srtp.GroupSrtpReceiver}, which derive one master key per sender from the GMK and the GUK-ID in
 * the MKI. Every unprotect answers with an {@link org.mcxsec.srtp.UnprotectStatus}; tools use
 * {@link org.mcxsec.srtp.SrtpOneShot}.
 */
package org.mcxsec.srtp;
