// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey.internal;

import java.util.ArrayList;
import java.util.List;
import org.mcxsec.crypto.MalformedMessageException;
import org.mcxsec.mikey.MikeyLimits;
import org.mcxsec.mikey.payload.CommonHeader;
import org.mcxsec.mikey.payload.CsIdMap;
import org.mcxsec.mikey.payload.CsIdMapType;
import org.mcxsec.mikey.payload.DataType;
import org.mcxsec.mikey.payload.EmptyCsIdMap;
import org.mcxsec.mikey.payload.GenericIdMap;
import org.mcxsec.mikey.payload.ProtocolType;
import org.mcxsec.mikey.payload.SrtpIdMap;

/** Reads and writes the common header HDR (RFC 3830 §6.1) with its CS ID map (RFC 3830 §6.1.1, RFC 6043 §6.1.1). */
public final class HeaderCodec {
  /** Octets of an SRTP-ID map entry: Policy_no (1) ‖ SSRC (4) ‖ ROC (4). */
  private static final int SRTP_ID_ENTRY_OCTETS = 9;

  private HeaderCodec() {}

  /** The header and the next-payload code it carries. */
  public record Read(CommonHeader header, int nextPayload) {}

  public static Read read(ByteReader in, MikeyLimits limits) throws MalformedMessageException {
    in.context("HDR at offset " + in.offset());
    int versionOffset = in.offset();
    int version = in.u8("version");
    if (version != CommonHeader.VERSION) { // RFC 3830 §6.1: version 1
      throw in.error("version " + version + " at offset " + versionOffset + " is not supported; expected 1 "
          + "(RFC 3830 §6.1)");
    }
    int dataTypeOffset = in.offset();
    int dt = in.u8("data type");
    DataType dataType = DataType.find(dt).orElseThrow(() -> in.error("data type " + dt + " at offset "
        + dataTypeOffset + " is not a MIKEY data type (RFC 3830 §6.1)"));
    int next = in.u8("next payload");
    int vPrf = in.u8("V/PRF func");
    int csbId = in.u32("CSB ID");
    int csCountOffset = in.offset();
    int csCount = in.u8("#CS");
    if (csCount > limits.maxCryptoSessions()) {
      throw in.error("#CS " + csCount + " at offset " + csCountOffset + " exceeds the limit of "
          + limits.maxCryptoSessions() + " crypto sessions");
    }
    int mapTypeOffset = in.offset();
    int mt = in.u8("CS ID map type");
    CsIdMapType mapType = CsIdMapType.find(mt).orElseThrow(() -> in.error("CS ID map type " + mt + " at offset "
        + mapTypeOffset + " is not defined; expected 0 (SRTP-ID), 1 (empty) or 2 (GENERIC-ID)"));
    CsIdMap map = switch (mapType) {
      case SRTP_ID -> readSrtpIdMap(in, csCount);
      case EMPTY -> new EmptyCsIdMap(csCount);
      case GENERIC_ID -> readGenericIdMap(in, csCount);
    };
    return new Read(new CommonHeader(dataType, (vPrf & 0x80) != 0, vPrf & 0x7f, csbId, map), next);
  }

  private static SrtpIdMap readSrtpIdMap(ByteReader in, int csCount) throws MalformedMessageException {
    // RFC 3830 §6.1.1: #CS entries of Policy_no (8) | SSRC (32) | ROC (32); checked before allocating
    if (csCount * SRTP_ID_ENTRY_OCTETS > in.remaining()) {
      throw in.error("SRTP-ID map of " + csCount + " entries needs " + csCount * SRTP_ID_ENTRY_OCTETS
          + " octets at offset " + in.offset() + ", " + in.remaining() + " remaining");
    }
    List<SrtpIdMap.Entry> entries = new ArrayList<>(csCount);
    for (int i = 0; i < csCount; i++) {
      entries.add(new SrtpIdMap.Entry(in.u8("Policy_no"), in.u32("SSRC"), in.u32("ROC")));
    }
    return new SrtpIdMap(entries);
  }

  private static GenericIdMap readGenericIdMap(ByteReader in, int csCount) throws MalformedMessageException {
    String hdr = in.context();
    List<GenericIdMap.Entry> entries = new ArrayList<>(csCount);
    for (int i = 0; i < csCount; i++) {
      in.context(hdr + ", GENERIC-ID entry " + (i + 1) + " at offset " + in.offset());
      int csId = in.u8("CS ID");
      int protOffset = in.offset();
      int prot = in.u8("Prot type");
      ProtocolType protType = ProtocolType.find(prot).orElseThrow(() -> in.error("Prot type " + prot
          + " at offset " + protOffset + " is not defined; expected 0 (SRTP)"));
      int sp = in.u8("S/#P");
      int policyCount = sp & 0x7f;
      List<Integer> ps = new ArrayList<>(policyCount);
      for (int p = 0; p < policyCount; p++) {
        ps.add(in.u8("Ps"));
      }
      var sessionData = in.bytes(in.u16("Session Data Length"), "Session Data");
      var spi = in.bytes(in.u8("SPI Length"), "SPI");
      entries.add(new GenericIdMap.Entry(csId, protType, (sp & 0x80) != 0, ps, sessionData, spi));
    }
    in.context(hdr);
    return new GenericIdMap(entries);
  }

  public static void write(CommonHeader h, int nextPayload, ByteWriter out) {
    out.u8(CommonHeader.VERSION).u8(h.dataType().wire()).u8(nextPayload)
        .u8((h.verification() ? 0x80 : 0) | h.prfFunc()).u32(h.csbId())
        .u8(h.csIdMap().csCount()).u8(h.csIdMap().type().wire());
    CsIdMap map = h.csIdMap();
    if (map instanceof SrtpIdMap s) {
      for (SrtpIdMap.Entry e : s.entries()) {
        out.u8(e.policyNo()).u32(e.ssrc()).u32(e.roc());
      }
    } else if (map instanceof GenericIdMap g) {
      for (GenericIdMap.Entry e : g.entries()) {
        out.u8(e.csId()).u8(e.protType().wire()).u8((e.s() ? 0x80 : 0) | e.policyNumbers().size());
        for (int p : e.policyNumbers()) {
          out.u8(p);
        }
        out.u16(e.sessionData().size()).bytes(e.sessionData()).u8(e.spi().size()).bytes(e.spi());
      }
    }
  }
}
