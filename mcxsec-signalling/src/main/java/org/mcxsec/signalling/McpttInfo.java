// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.signalling;

import java.util.Objects;
import java.util.Optional;
import org.mcxsec.crypto.MalformedMessageException;
import org.w3c.dom.Element;

/**
 * The mcptt-info body (TS 24.379 Annex F.1, namespace {@code urn:3gpp:ns:mcpttInfo:1.0}) as group call setup
 * uses it: {@code <mcpttinfo><mcptt-Params>} with, in schema order, {@code <session-type>},
 * {@code <mcptt-request-uri>} (the group or temporary group ID), {@code <mcptt-calling-user-id>},
 * {@code <mcptt-calling-group-id>}, {@code <broadcast-ind>}, {@code <associated-group-id>} and {@code <anyExt>}.
 * URIs sit in {@code <mcpttURI>} inside an element with {@code type="Normal"}.
 *
 * <p>mcxsec adds one element inside {@code <anyExt>}, in its own namespace: {@code <security-configuration-id>},
 * the predefined group security configuration whose GMK protects a call on a temporary group (the design's
 * rule: the server names it in every call setup on T).
 *
 * @param sessionType {@code prearranged} for group calls
 * @param requestUri the group (or temporary group) the call is on
 * @param callingUserId the user who started the call, if known
 * @param callingGroupId on a call towards a constituent member, the group through which it is reached
 * @param broadcast a broadcast group call (23.379 10.6.2.5 / 10.6.2.11): only the initiator talks
 * @param associatedGroupId relates a temporary group call to the constituent group (or the reverse)
 * @param securityConfigurationId the configuration naming the GMK for a temporary group call
 */
public record McpttInfo(String sessionType, String requestUri, Optional<String> callingUserId,
    Optional<String> callingGroupId, boolean broadcast, Optional<String> associatedGroupId,
    Optional<String> securityConfigurationId) {
  /** Namespace of TS 24.379 F.1. */
  public static final String NS = "urn:3gpp:ns:mcpttInfo:1.0";

  public McpttInfo {
    Objects.requireNonNull(sessionType, "sessionType");
    Objects.requireNonNull(requestUri, "requestUri");
    Objects.requireNonNull(callingUserId, "callingUserId");
    Objects.requireNonNull(callingGroupId, "callingGroupId");
    Objects.requireNonNull(associatedGroupId, "associatedGroupId");
    Objects.requireNonNull(securityConfigurationId, "securityConfigurationId");
  }

  /** A prearranged group call request on {@code group} by {@code caller}. */
  public static McpttInfo groupCall(String group, String caller, boolean broadcast) {
    return new McpttInfo("prearranged", group, Optional.of(caller), Optional.empty(), broadcast, Optional.empty(),
        Optional.empty());
  }

  public McpttInfo withAssociatedGroupId(String id) {
    return new McpttInfo(sessionType, requestUri, callingUserId, callingGroupId, broadcast, Optional.of(id),
        securityConfigurationId);
  }

  public McpttInfo withCallingGroupId(String id) {
    return new McpttInfo(sessionType, requestUri, callingUserId, Optional.of(id), broadcast, associatedGroupId,
        securityConfigurationId);
  }

  public McpttInfo withSecurityConfigurationId(String id) {
    return new McpttInfo(sessionType, requestUri, callingUserId, callingGroupId, broadcast, associatedGroupId,
        Optional.of(id));
  }

  /** The XML body. */
  public String encode() {
    StringBuilder b = new StringBuilder(512);
    b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<mcpttinfo xmlns=\"").append(NS).append("\">")
        .append("<mcptt-Params>");
    b.append("<session-type>").append(XmlBodies.escape(sessionType)).append("</session-type>");
    uri(b, "mcptt-request-uri", requestUri);
    callingUserId.ifPresent(u -> uri(b, "mcptt-calling-user-id", u));
    callingGroupId.ifPresent(u -> uri(b, "mcptt-calling-group-id", u));
    if (broadcast) {
      b.append("<broadcast-ind>true</broadcast-ind>");
    }
    associatedGroupId.ifPresent(u -> uri(b, "associated-group-id", u));
    securityConfigurationId.ifPresent(c -> b.append("<anyExt><security-configuration-id xmlns=\"")
        .append(XmlBodies.MCXSEC_NS).append("\">").append(XmlBodies.escape(c))
        .append("</security-configuration-id></anyExt>"));
    return b.append("</mcptt-Params></mcpttinfo>").toString();
  }

  private static void uri(StringBuilder b, String element, String value) {
    b.append('<').append(element).append(" type=\"Normal\"><mcpttURI>").append(XmlBodies.escape(value))
        .append("</mcpttURI></").append(element).append('>');
  }

  /**
   * Decodes an mcptt-info body.
   *
   * @throws MalformedMessageException naming the element that is missing, repeated or invalid
   */
  public static McpttInfo decode(String xml) throws MalformedMessageException {
    Element root = XmlBodies.parse(xml, NS, "mcpttinfo");
    Element p = XmlBodies.required(root, NS, "mcptt-Params");
    String sessionType = XmlBodies.text(XmlBodies.required(p, NS, "session-type"));
    String request = uri(XmlBodies.required(p, NS, "mcptt-request-uri"));
    Optional<String> caller = optionalUri(p, "mcptt-calling-user-id");
    Optional<String> callingGroup = optionalUri(p, "mcptt-calling-group-id");
    Optional<Element> bc = XmlBodies.child(p, NS, "broadcast-ind");
    boolean broadcast = bc.isPresent() && XmlBodies.bool(bc.get());
    Optional<String> associated = optionalUri(p, "associated-group-id");
    Optional<String> config = Optional.empty();
    Optional<Element> ext = XmlBodies.child(p, NS, "anyExt");
    if (ext.isPresent()) {
      Optional<Element> c = XmlBodies.child(ext.get(), XmlBodies.MCXSEC_NS, "security-configuration-id");
      if (c.isPresent()) {
        config = Optional.of(XmlBodies.text(c.get()));
      }
    }
    return new McpttInfo(sessionType, request, caller, callingGroup, broadcast, associated, config);
  }

  private static Optional<String> optionalUri(Element p, String name) throws MalformedMessageException {
    Optional<Element> e = XmlBodies.child(p, NS, name);
    return e.isPresent() ? Optional.of(uri(e.get())) : Optional.empty();
  }

  private static String uri(Element e) throws MalformedMessageException {
    String type = e.getAttribute("type");
    if (!type.isEmpty() && !type.equals("Normal")) {
      throw new MalformedMessageException("<" + e.getLocalName() + "> has type '" + type
          + "'; only Normal is supported (Encrypted needs the CSK)");
    }
    return XmlBodies.text(XmlBodies.required(e, NS, "mcpttURI"));
  }
}
