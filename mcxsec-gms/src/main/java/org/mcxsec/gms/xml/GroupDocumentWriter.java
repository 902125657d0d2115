// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.gms.xml;

import java.io.ByteArrayOutputStream;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.mcxsec.gms.GroupDocument;
import org.mcxsec.gms.GroupKind;

/**
 * Writes a {@link GroupDocument} as a TS 24.481 group document: the OMA {@code <group>/<list-service>} with the
 * members, the MCPTT group info elements, and {@code <mgktp:GKTPs>} (regroup.md §5.3):
 *
 * <pre>
 * &lt;group xmlns="urn:oma:xml:poc:list-service" …&gt;
 *   &lt;list-service uri="sip:g1@example.org"&gt;
 *     &lt;list&gt;&lt;rl:entry uri="sip:alice@example.org"/&gt;…&lt;/list&gt;
 *     &lt;mcpttgi:preconfigured-group-use-only&gt;true&lt;/…&gt;            (preconfigured groups)
 *     &lt;mcpttgi:on-network-temporary&gt;&lt;mcpttgi:constituent-MCPTT-group-IDs&gt;…  (temporary groups)
 *     &lt;mgktp:GKTPs&gt;&lt;mgktp:GMK-GKTPs&gt;
 *       &lt;mgktp:GKTP id="0a1b2c3d" activationtime="2026-03-10T12:00:00Z"&gt;HEX I_MESSAGE&lt;/mgktp:GKTP&gt;
 *       &lt;mgktp:on-network-regrouped-GKTPs temporary-MCPTT-group-ID="sip:tgi@…"&gt;&lt;mgktp:GKTP …/&gt;…
 * </pre>
 *
 * <p>Thread safety: safe to share.
 */
public final class GroupDocumentWriter {
  /** OMA PoC list service (the document's default namespace). */
  public static final String NS_LIST_SERVICE = "urn:oma:xml:poc:list-service";
  /** RFC 4826 resource lists ({@code entry}). */
  public static final String NS_RESOURCE_LISTS = "urn:ietf:params:xml:ns:resource-lists";
  /** MCPTT group info (TS 24.481). */
  public static final String NS_GROUP_INFO = "urn:3gpp:ns:mcpttGroupInfo:1.0";
  /** GKTPs (TS 24.481). */
  public static final String NS_GKTP = "urn:3gpp:ns:mcpttGKTP:1.0";
  /** The media type of group documents (XCAP, RFC 4825). */
  public static final String MEDIA_TYPE = "application/vnd.oma.poc.groups+xml";

  private static final HexFormat HEX = HexFormat.of().withUpperCase();
  private final XMLOutputFactory factory = XMLOutputFactory.newFactory();

  public byte[] write(GroupDocument d) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
    try {
      XMLStreamWriter w = factory.createXMLStreamWriter(out, "UTF-8");
      w.writeStartDocument("UTF-8", "1.0");
      w.setDefaultNamespace(NS_LIST_SERVICE);
      w.setPrefix("rl", NS_RESOURCE_LISTS);
      w.setPrefix("mcpttgi", NS_GROUP_INFO);
      w.setPrefix("mgktp", NS_GKTP);
      w.writeStartElement(NS_LIST_SERVICE, "group");
      w.writeDefaultNamespace(NS_LIST_SERVICE);
      w.writeNamespace("rl", NS_RESOURCE_LISTS);
      w.writeNamespace("mcpttgi", NS_GROUP_INFO);
      w.writeNamespace("mgktp", NS_GKTP);
      w.writeStartElement(NS_LIST_SERVICE, "list-service");
      w.writeAttribute("uri", d.groupId());
      w.writeStartElement(NS_LIST_SERVICE, "list");
      for (String m : d.members()) {
        w.writeEmptyElement(NS_RESOURCE_LISTS, "entry");
        w.writeAttribute("uri", m);
      }
      w.writeEndElement();
      if (d.kind() == GroupKind.PRECONFIGURED) {
        leaf(w, NS_GROUP_INFO, "preconfigured-group-use-only", "true");
      }
      if (d.temporary()) {
        w.writeStartElement(NS_GROUP_INFO, "on-network-temporary");
        w.writeStartElement(NS_GROUP_INFO, "constituent-MCPTT-group-IDs");
        for (String g : d.constituents()) {
          leaf(w, NS_GROUP_INFO, "constituent-MCPTT-group-ID", g);
        }
        w.writeEndElement();
        w.writeEndElement();
      }
      w.writeStartElement(NS_GKTP, "GKTPs");
      w.writeStartElement(NS_GKTP, "GMK-GKTPs");
      gktps(w, d.gktps());
      for (GroupDocument.RegroupedGktps r : d.regrouped()) {
        w.writeStartElement(NS_GKTP, "on-network-regrouped-GKTPs");
        w.writeAttribute("temporary-MCPTT-group-ID", r.temporaryGroupId());
        gktps(w, r.gktps());
        w.writeEndElement();
      }
      w.writeEndElement();
      w.writeEndElement();
      w.writeEndElement();
      w.writeEndElement();
      w.writeEndDocument();
      w.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("writing a group document to memory failed", e);
    }
    return out.toByteArray();
  }

  private static void gktps(XMLStreamWriter w, List<GroupDocument.Gktp> gktps) throws XMLStreamException {
    for (GroupDocument.Gktp g : gktps) {
      w.writeStartElement(NS_GKTP, "GKTP");
      w.writeAttribute("id", g.id());
      w.writeAttribute("activationtime", g.activationTime().truncatedTo(ChronoUnit.SECONDS).toString());
      w.writeCharacters(HEX.formatHex(g.iMessage().toByteArray()));
      w.writeEndElement();
    }
  }

  private static void leaf(XMLStreamWriter w, String ns, String name, String text) throws XMLStreamException {
    w.writeStartElement(ns, name);
    w.writeCharacters(text);
    w.writeEndElement();
  }
}
