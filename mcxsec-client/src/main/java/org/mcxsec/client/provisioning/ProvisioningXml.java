// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.client.provisioning;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.MalformedMessageException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The client's small reader for the service documents it fetches (Annex D KMS responses, 24.481 group
 * documents): a namespace-aware DOM parser with no DTD, a size cap, and lookups that name what is missing.
 * Written for the client rather than taken from the KMS module, whose codec comes with the server's storage.
 *
 * <p>Thread safety: stateless.
 */
final class ProvisioningXml {
  static final int MAX_DOCUMENT_OCTETS = 1 << 20;

  private ProvisioningXml() {}

  static Element parse(byte[] xml, String what) throws MalformedMessageException {
    if (xml.length > MAX_DOCUMENT_OCTETS) {
      throw new MalformedMessageException(what + " has " + xml.length + " octets; at most " + MAX_DOCUMENT_OCTETS);
    }
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      f.setExpandEntityReferences(false);
      DocumentBuilder b = f.newDocumentBuilder();
      b.setErrorHandler(null);
      return b.parse(new ByteArrayInputStream(xml)).getDocumentElement();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the XML parser cannot be hardened", e);
    } catch (SAXException | IOException e) {
      throw new MalformedMessageException(what + " is not well-formed XML: " + e.getMessage());
    }
  }

  /** Every descendant of {@code root} named {@code name} in {@code ns}. */
  static List<Element> all(Element root, String ns, String name) {
    NodeList l = root.getElementsByTagNameNS(ns, name);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < l.getLength(); i++) {
      out.add((Element) l.item(i));
    }
    return out;
  }

  /** The first descendant named {@code name}; absent is an error naming it. */
  static Element first(Element root, String ns, String name, String what) throws MalformedMessageException {
    List<Element> l = all(root, ns, name);
    if (l.isEmpty()) {
      throw new MalformedMessageException(what + " has no <" + name + "> element");
    }
    return l.get(0);
  }

  static String text(Element root, String ns, String name, String what) throws MalformedMessageException {
    return first(root, ns, name, what).getTextContent().strip();
  }

  static Bytes hex(Element root, String ns, String name, String what) throws MalformedMessageException {
    String t = text(root, ns, name, what);
    try {
      return Bytes.fromHex(t);
    } catch (IllegalArgumentException e) {
      throw new MalformedMessageException(what + " <" + name + ">: " + e.getMessage());
    }
  }

  static long number(Element root, String ns, String name, String what) throws MalformedMessageException {
    String t = text(root, ns, name, what);
    if (!t.matches("\\d{1,18}")) {
      throw new MalformedMessageException(what + " <" + name + "> is '" + t + "'; expected a number");
    }
    return Long.parseLong(t);
  }
}
