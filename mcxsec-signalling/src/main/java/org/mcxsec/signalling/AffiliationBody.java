// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.signalling;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.mcxsec.crypto.MalformedMessageException;
import org.w3c.dom.Element;

/**
 * Affiliation as TS 24.379 9.2.2 publishes it: a PIDF document (RFC 3863) for the user whose status lists every
 * group the client wants to be affiliated to (the complete set, so a missing group is a de-affiliation).
 *
 * <pre>
 * &lt;presence xmlns="urn:ietf:params:xml:ns:pidf" entity="sip:alice@…"&gt;&lt;tuple id="mcptt"&gt;&lt;status&gt;
 *   &lt;affiliation xmlns="urn:3gpp:ns:mcpttPresInfo:1.0" group="sip:g1@…"/&gt; …
 * &lt;/status&gt;&lt;/tuple&gt;&lt;/presence&gt;
 * </pre>
 */
public record AffiliationBody(String user, List<String> groups) {
  static final String PIDF_NS = "urn:ietf:params:xml:ns:pidf";
  static final String PRES_NS = "urn:3gpp:ns:mcpttPresInfo:1.0";

  public AffiliationBody {
    Objects.requireNonNull(user, "user");
    groups = List.copyOf(groups);
  }

  public String encode() {
    StringBuilder b = new StringBuilder(256);
    b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<presence xmlns=\"").append(PIDF_NS)
        .append("\" entity=\"").append(XmlBodies.escape(user)).append("\"><tuple id=\"mcptt\"><status>");
    for (String g : groups) {
      b.append("<affiliation xmlns=\"").append(PRES_NS).append("\" group=\"").append(XmlBodies.escape(g))
          .append("\"/>");
    }
    return b.append("</status></tuple></presence>").toString();
  }

  /** @throws MalformedMessageException naming what is missing */
  public static AffiliationBody decode(String xml) throws MalformedMessageException {
    Element root = XmlBodies.parse(xml, PIDF_NS, "presence");
    String entity = root.getAttribute("entity");
    if (entity.isEmpty()) {
      throw new MalformedMessageException("<presence> lacks its entity attribute");
    }
    Element status = XmlBodies.required(XmlBodies.required(root, PIDF_NS, "tuple"), PIDF_NS, "status");
    List<String> groups = new ArrayList<>();
    for (Element a : XmlBodies.children(status, PRES_NS, "affiliation")) {
      if (a.getAttribute("group").isEmpty()) {
        throw new MalformedMessageException("<affiliation> lacks its group attribute");
      }
      groups.add(a.getAttribute("group"));
    }
    return new AffiliationBody(entity, groups);
  }
}
