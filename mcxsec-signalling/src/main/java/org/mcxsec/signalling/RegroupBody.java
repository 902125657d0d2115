// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.signalling;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.mcxsec.crypto.MalformedMessageException;
import org.w3c.dom.Element;

/**
 * The regroup body (TS 24.379 Annex F.7, {@code application/vnd.3gpp.mcptt-regroup+xml}, namespace
 * {@code urn:3gpp:ns:preconfiguredRegroup:1.0}), carried in SIP MESSAGE requests from a dispatcher to the server
 * and from the server to every affected member (24.379 16.1):
 *
 * <pre>
 * &lt;mcpttregroup&gt;&lt;mcpttregroup-Params&gt;
 *   &lt;preconfig-group-id&gt;&lt;preconfigured-group&gt;P&lt;/preconfigured-group&gt;&lt;/preconfig-group-id&gt;   (preconfigured only)
 *   &lt;mcptt-regroup-uri&gt;&lt;mcpttURI&gt;T&lt;/mcpttURI&gt;&lt;/mcptt-regroup-uri&gt;
 *   &lt;groups-for-regroup&gt;&lt;mcpttURI&gt;G1&lt;/mcpttURI&gt;…&lt;/groups-for-regroup&gt;               (group regroup)
 *   &lt;users-for-regroup&gt;&lt;mcpttURI&gt;u1&lt;/mcpttURI&gt;…&lt;/users-for-regroup&gt;                 (user regroup)
 *   &lt;regroup-action&gt;create | remove&lt;/regroup-action&gt;
 *   &lt;anyExt&gt; mcxsec: security-configuration-id, left-out-member* &lt;/anyExt&gt;
 * &lt;/mcpttregroup-Params&gt;&lt;/mcpttregroup&gt;
 * </pre>
 *
 * <p>mcxsec uses the same body for dynamic group and user regroups (without {@code <preconfig-group-id>}), and
 * adds, in its own namespace inside {@code <anyExt>}, the security configuration the server selected and, in
 * the server's answer to the requester, the members left out with the reason.
 *
 * @param action create or remove
 * @param regroupUri T, the temporary group ID
 * @param preconfiguredGroup P, for a regroup with a preconfigured group
 * @param groups the groups to regroup (group regroup)
 * @param users the users to regroup (user regroup)
 * @param securityConfigurationId the configuration whose GMK protects calls on T
 * @param leftOut members not included, with the reason
 */
public record RegroupBody(RegroupAction action, String regroupUri, Optional<String> preconfiguredGroup,
    List<String> groups, List<String> users, Optional<String> securityConfigurationId, List<LeftOut> leftOut) {
  /** Namespace of TS 24.379 F.7. */
  public static final String NS = "urn:3gpp:ns:preconfiguredRegroup:1.0";

  /** {@code <regroup-action>} values. */
  public enum RegroupAction {
    CREATE("create"), REMOVE("remove");

    private final String wire;

    RegroupAction(String wire) {
      this.wire = wire;
    }

    public String wire() {
      return wire;
    }

    static RegroupAction fromWire(String s) throws MalformedMessageException {
      for (RegroupAction a : values()) {
        if (a.wire.equals(s)) {
          return a;
        }
      }
      throw new MalformedMessageException("<regroup-action> is '" + s + "'; expected create or remove");
    }
  }

  /** A member not included in a regroup, and why. */
  public record LeftOut(String user, String reason) {
    public LeftOut {
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(reason, "reason");
    }
  }

  public RegroupBody {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(regroupUri, "regroupUri");
    Objects.requireNonNull(preconfiguredGroup, "preconfiguredGroup");
    Objects.requireNonNull(securityConfigurationId, "securityConfigurationId");
    groups = List.copyOf(groups);
    users = List.copyOf(users);
    leftOut = List.copyOf(leftOut);
  }

  /** A create request for a group regroup of {@code groups} into {@code tgi}. */
  public static RegroupBody createGroupRegroup(String tgi, List<String> groups) {
    return new RegroupBody(RegroupAction.CREATE, tgi, Optional.empty(), groups, List.of(), Optional.empty(),
        List.of());
  }

  /** A create request for a user regroup of {@code users} into {@code tgi}. */
  public static RegroupBody createUserRegroup(String tgi, List<String> users) {
    return new RegroupBody(RegroupAction.CREATE, tgi, Optional.empty(), List.of(), users, Optional.empty(),
        List.of());
  }

  /** A remove request for {@code tgi}. */
  public static RegroupBody remove(String tgi) {
    return new RegroupBody(RegroupAction.REMOVE, tgi, Optional.empty(), List.of(), List.of(), Optional.empty(),
        List.of());
  }

  public RegroupBody withPreconfiguredGroup(String p) {
    return new RegroupBody(action, regroupUri, Optional.of(p), groups, users, securityConfigurationId, leftOut);
  }

  public RegroupBody withSecurityConfiguration(String id, List<LeftOut> out) {
    return new RegroupBody(action, regroupUri, preconfiguredGroup, groups, users, Optional.of(id), out);
  }

  /** The XML body. */
  public String encode() {
    StringBuilder b = new StringBuilder(512);
    b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<mcpttregroup xmlns=\"").append(NS).append("\">")
        .append("<mcpttregroup-Params>");
    preconfiguredGroup.ifPresent(p -> b.append("<preconfig-group-id><preconfigured-group>")
        .append(XmlBodies.escape(p)).append("</preconfigured-group></preconfig-group-id>"));
    b.append("<mcptt-regroup-uri>");
    uri(b, regroupUri);
    b.append("</mcptt-regroup-uri>");
    list(b, "groups-for-regroup", groups);
    list(b, "users-for-regroup", users);
    b.append("<regroup-action>").append(action.wire()).append("</regroup-action>");
    if (securityConfigurationId.isPresent() || !leftOut.isEmpty()) {
      b.append("<anyExt>");
      securityConfigurationId.ifPresent(c -> b.append("<security-configuration-id xmlns=\"")
          .append(XmlBodies.MCXSEC_NS).append("\">").append(XmlBodies.escape(c))
          .append("</security-configuration-id>"));
      for (LeftOut l : leftOut) {
        b.append("<left-out-member xmlns=\"").append(XmlBodies.MCXSEC_NS).append("\" uri=\"")
            .append(XmlBodies.escape(l.user())).append("\" reason=\"").append(XmlBodies.escape(l.reason()))
            .append("\"/>");
      }
      b.append("</anyExt>");
    }
    return b.append("</mcpttregroup-Params></mcpttregroup>").toString();
  }

  private static void list(StringBuilder b, String element, List<String> uris) {
    if (!uris.isEmpty()) {
      b.append('<').append(element).append('>');
      uris.forEach(u -> uri(b, u));
      b.append("</").append(element).append('>');
    }
  }

  private static void uri(StringBuilder b, String u) {
    b.append("<mcpttURI>").append(XmlBodies.escape(u)).append("</mcpttURI>");
  }

  /**
   * Decodes a regroup body.
   *
   * @throws MalformedMessageException naming the element that is missing, repeated or invalid
   */
  public static RegroupBody decode(String xml) throws MalformedMessageException {
    Element root = XmlBodies.parse(xml, NS, "mcpttregroup");
    Element p = XmlBodies.required(root, NS, "mcpttregroup-Params");
    Optional<String> pre = Optional.empty();
    Optional<Element> pg = XmlBodies.child(p, NS, "preconfig-group-id");
    if (pg.isPresent()) {
      pre = Optional.of(XmlBodies.text(XmlBodies.required(pg.get(), NS, "preconfigured-group")));
    }
    String tgi = XmlBodies.text(XmlBodies.required(XmlBodies.required(p, NS, "mcptt-regroup-uri"), NS, "mcpttURI"));
    List<String> groups = uris(p, "groups-for-regroup");
    List<String> users = uris(p, "users-for-regroup");
    RegroupAction action = RegroupAction.fromWire(XmlBodies.text(XmlBodies.required(p, NS, "regroup-action")));
    Optional<String> config = Optional.empty();
    List<LeftOut> out = new ArrayList<>();
    Optional<Element> ext = XmlBodies.child(p, NS, "anyExt");
    if (ext.isPresent()) {
      Optional<Element> c = XmlBodies.child(ext.get(), XmlBodies.MCXSEC_NS, "security-configuration-id");
      if (c.isPresent()) {
        config = Optional.of(XmlBodies.text(c.get()));
      }
      for (Element l : XmlBodies.children(ext.get(), XmlBodies.MCXSEC_NS, "left-out-member")) {
        if (l.getAttribute("uri").isEmpty()) {
          throw new MalformedMessageException("<left-out-member> lacks its uri attribute");
        }
        out.add(new LeftOut(l.getAttribute("uri"), l.getAttribute("reason")));
      }
    }
    return new RegroupBody(action, tgi, pre, groups, users, config, out);
  }

  private static List<String> uris(Element p, String name) throws MalformedMessageException {
    Optional<Element> e = XmlBodies.child(p, NS, name);
    List<String> out = new ArrayList<>();
    if (e.isPresent()) {
      for (Element u : XmlBodies.children(e.get(), NS, "mcpttURI")) {
        out.add(XmlBodies.text(u));
      }
    }
    return out;
  }
}
