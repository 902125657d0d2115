// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.signalling;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.mcxsec.crypto.MalformedMessageException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parsing and writing of the XML bodies in this package: a namespace-aware DOM parser with no DTD (so no entity
 * expansion or external access), a size cap, child lookup by namespace and name, and text escaping.
 *
 * <p>Thread safety: stateless; a parser is made per call.
 */
final class XmlBodies {
  /** Largest body accepted, in characters. */
  static final int MAX_BODY_CHARS = 32 * 1024;
  /** Most list entries (groups, users, left-out members) accepted in one body. */
  static final int MAX_ENTRIES = 10_000;
  /** mcxsec extensions inside {@code <anyExt>}. */
  static final String MCXSEC_NS = "urn:mcxsec:ns:callSecurity:1.0";

  private static final ErrorHandler THROWING = new ErrorHandler() {
    @Override
    public void warning(SAXParseException e) {}

    @Override
    public void error(SAXParseException e) throws SAXException {
      throw e;
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXException {
      throw e;
    }
  };

  private XmlBodies() {}

  /** Parses {@code xml} and checks the root element's namespace and name. */
  static Element parse(String xml, String ns, String root) throws MalformedMessageException {
    if (xml.length() > MAX_BODY_CHARS) {
      throw new MalformedMessageException("<" + root + "> body has " + xml.length() + " characters; at most "
          + MAX_BODY_CHARS + " are accepted");
    }
    DocumentBuilder builder;
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      f.setXIncludeAware(false);
      f.setExpandEntityReferences(false);
      builder = f.newDocumentBuilder();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the XML parser cannot be hardened", e);
    }
    builder.setErrorHandler(THROWING);
    Element e;
    try {
      e = builder.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
    } catch (SAXParseException x) {
      throw new MalformedMessageException("<" + root + "> body is not well-formed XML at line " + x.getLineNumber()
          + ", column " + x.getColumnNumber() + ": " + x.getMessage());
    } catch (SAXException | IOException x) {
      throw new MalformedMessageException("<" + root + "> body is not well-formed XML: " + x.getMessage());
    }
    if (!ns.equals(e.getNamespaceURI()) || !root.equals(e.getLocalName())) {
      throw new MalformedMessageException("expected root <" + root + "> in namespace " + ns + ", found <"
          + e.getLocalName() + "> in " + e.getNamespaceURI());
    }
    return e;
  }

  /** The child elements of {@code parent} named {@code name} in {@code ns}. */
  static List<Element> children(Element parent, String ns, String name) throws MalformedMessageException {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element c && ns.equals(c.getNamespaceURI()) && name.equals(c.getLocalName())) {
        if (out.size() == MAX_ENTRIES) {
          throw new MalformedMessageException("<" + parent.getLocalName() + "> has more than " + MAX_ENTRIES
              + " <" + name + "> elements");
        }
        out.add(c);
      }
    }
    return out;
  }

  /** The only child named {@code name}, if present. */
  static Optional<Element> child(Element parent, String ns, String name) throws MalformedMessageException {
    List<Element> c = children(parent, ns, name);
    if (c.size() > 1) {
      throw new MalformedMessageException("<" + parent.getLocalName() + "> has " + c.size() + " <" + name
          + "> elements; at most one is allowed");
    }
    return c.isEmpty() ? Optional.empty() : Optional.of(c.get(0));
  }

  /** The only child named {@code name}; absent is an error. */
  static Element required(Element parent, String ns, String name) throws MalformedMessageException {
    return child(parent, ns, name).orElseThrow(() -> new MalformedMessageException("<" + parent.getLocalName()
        + "> lacks the required <" + name + "> element"));
  }

  /** Trimmed text content of {@code e}, which must not be empty. */
  static String text(Element e) throws MalformedMessageException {
    String t = e.getTextContent().strip();
    if (t.isEmpty()) {
      throw new MalformedMessageException("<" + e.getLocalName() + "> is empty");
    }
    return t;
  }

  /** A boolean element: {@code true}/{@code false}/{@code 1}/{@code 0} (XML Schema boolean). */
  static boolean bool(Element e) throws MalformedMessageException {
    String t = text(e);
    switch (t) {
      case "true", "1":
        return true;
      case "false", "0":
        return false;
      default:
        throw new MalformedMessageException("<" + e.getLocalName() + "> is '" + t + "'; expected true or false");
    }
  }

  /** Escapes text or an attribute value. */
  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&apos;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
