// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.kms.xml;

import java.util.ArrayList;
import java.util.List;
import org.mcxsec.crypto.MalformedMessageException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Walks the child elements of one element in schema order ({@code xsd:sequence}): each {@link #required} or
 * {@link #optional} call consumes the next child if it has that name in {@code ns}; {@link #end} allows only
 * trailing elements of another namespace ({@code xsd:any namespace="##other"}). Text other than whitespace
 * between elements is refused. Error messages name the parent, the position and what was expected.
 */
final class ChildCursor {
  private final String ns;
  private final String parent;
  private final List<Element> children = new ArrayList<>();
  private int next;

  ChildCursor(Element element, String ns, int maxChildren) throws MalformedMessageException {
    this.ns = ns;
    this.parent = element.getLocalName();
    for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeType() == Node.ELEMENT_NODE) {
        if (children.size() == maxChildren) {
          throw new MalformedMessageException(parent + " has more than " + maxChildren + " child elements");
        }
        children.add((Element) n);
      } else if ((n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE)
          && !n.getNodeValue().isBlank()) {
        throw new MalformedMessageException(parent + " has unexpected text content");
      }
    }
  }

  Element required(String name) throws MalformedMessageException {
    Element e = optional(name);
    if (e == null) {
      throw new MalformedMessageException(parent + " child " + (next + 1) + ": expected <" + name + ">, found "
          + describe(next));
    }
    return e;
  }

  Element optional(String name) {
    if (next < children.size() && isOurs(children.get(next), name)) {
      return children.get(next++);
    }
    return null;
  }

  /** Consumes every following child named {@code name}. */
  List<Element> repeated(String name) {
    List<Element> out = new ArrayList<>();
    for (Element e = optional(name); e != null; e = optional(name)) {
      out.add(e);
    }
    return out;
  }

  void end() throws MalformedMessageException {
    for (int i = next; i < children.size(); i++) {
      if (ns.equals(children.get(i).getNamespaceURI())) {
        throw new MalformedMessageException(parent + " child " + (i + 1) + ": unknown or misplaced element "
            + describe(i));
      }
    }
  }

  private boolean isOurs(Element e, String name) {
    return ns.equals(e.getNamespaceURI()) && name.equals(e.getLocalName());
  }

  private String describe(int i) {
    if (i >= children.size()) {
      return "the end of " + parent;
    }
    Element e = children.get(i);
    String uri = e.getNamespaceURI();
    return "<" + e.getLocalName() + ">" + (ns.equals(uri) ? "" : " in namespace " + (uri == null ? "(none)" : uri));
  }

  /** The trimmed text of a simple element, at most {@code max} characters. */
  static String text(Element e, int max) throws MalformedMessageException {
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeType() == Node.ELEMENT_NODE) {
        throw new MalformedMessageException("<" + e.getLocalName() + "> must contain text only");
      }
    }
    String t = e.getTextContent().strip();
    if (t.length() > max) {
      throw new MalformedMessageException("<" + e.getLocalName() + "> has " + t.length()
          + " characters, at most " + max + " allowed");
    }
    return t;
  }
}
