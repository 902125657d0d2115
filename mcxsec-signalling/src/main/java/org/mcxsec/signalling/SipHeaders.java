// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.signalling;

/** Header field names and content types used by mcxsec call control (RFC 3261 §20; TS 24.379 Annex F). */
public final class SipHeaders {
  public static final String CALL_ID = "Call-ID";
  public static final String CSEQ = "CSeq";
  public static final String FROM = "From";
  public static final String TO = "To";
  public static final String WARNING = "Warning";
  public static final String CONTENT_TYPE = "Content-Type";
  public static final String CONTENT_LENGTH = "Content-Length";
  /** The event package of a PUBLISH or NOTIFY (RFC 6665). */
  public static final String EVENT = "Event";

  /** TS 24.379 F.1: the mcptt-info body. */
  public static final String MCPTT_INFO = "application/vnd.3gpp.mcptt-info+xml";
  /** TS 24.379 F.7: the regroup body. */
  public static final String MCPTT_REGROUP = "application/vnd.3gpp.mcptt-regroup+xml";
  /** RFC 4566 session description. */
  public static final String SDP = "application/sdp";
  /** Affiliation as 24.379 9.2.2 carries it in a PIDF document (RFC 3863). */
  public static final String PIDF = "application/pidf+xml";
  /** mcxsec's floor-control body, a stand-in for the 24.380 RTCP APP floor messages. */
  public static final String FLOOR = "application/vnd.mcxsec.floor+xml";

  private SipHeaders() {}
}
