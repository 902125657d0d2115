// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.kms.xml;

import java.io.OutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A small fluent StAX writer for KMS messages: elements in the KMS default namespace, text escaped by StAX.
 * Writing to memory cannot fail, so StAX exceptions become {@link IllegalStateException}.
 */
final class XmlWriter implements AutoCloseable {
  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();
  private final XMLStreamWriter w;

  XmlWriter(OutputStream out) {
    try {
      w = FACTORY.createXMLStreamWriter(out, "UTF-8");
      w.writeStartDocument("UTF-8", "1.0");
      w.setDefaultNamespace(KmsXml.NS);
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  XmlWriter start(String name) {
    try {
      w.writeStartElement(KmsXml.NS, name);
      return this;
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Declares the default namespace and xsi on the current (root) element. */
  XmlWriter namespace() {
    try {
      w.writeDefaultNamespace(KmsXml.NS);
      w.writeNamespace("xsi", KmsXml.NS_XSI);
      return this;
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  XmlWriter attribute(String name, String value) {
    try {
      w.writeAttribute(name, value);
      return this;
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  XmlWriter xsiType(String type) {
    try {
      w.writeAttribute("xsi", KmsXml.NS_XSI, "type", type);
      return this;
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  XmlWriter text(String text) {
    try {
      w.writeCharacters(text);
      return this;
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  XmlWriter end() {
    try {
      w.writeEndElement();
      return this;
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  XmlWriter leaf(String name, String text) {
    return start(name).text(text).end();
  }

  XmlWriter leafIfPresent(String name, String text) {
    return text == null ? this : leaf(name, text);
  }

  @Override
  public void close() {
    try {
      w.writeEndDocument();
      w.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }
}
