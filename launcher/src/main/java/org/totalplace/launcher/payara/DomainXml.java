package org.totalplace.launcher.payara;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.totalplace.launcher.host.LaunchFailure;
import org.totalplace.launcher.host.Port;
import org.totalplace.launcher.host.PortPlan;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Edits a Payara domain.xml in place of a dozen slow asadmin calls. Every edit is idempotent, so
 * all of them are re-applied on each start and a changed setting (offset, demo data, database)
 * simply takes effect. Only {@code server-config} is touched; {@code default-config} is a template
 * for other instances.
 */
public final class DomainXml {
  static final String POOL = "TotalplacePool";
  static final String JNDI_NAME = "jdbc/totalplace";
  private static final String SERVER_CONFIG = "/domain/configs/config[@name='server-config']";
  private static final String LOOPBACK = "127.0.0.1";

  private final Document document;

  private DomainXml(Document document) {
    this.document = document;
  }

  public static DomainXml read(Path file) {
    try {
      return parse(Files.readString(file));
    } catch (IOException e) {
      throw new LaunchFailure("Could not read " + file + ": " + e.getMessage(), e);
    }
  }

  static DomainXml parse(String xml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return new DomainXml(
          factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml))));
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new LaunchFailure("Payara's domain.xml is not readable XML: " + e.getMessage(), e);
    }
  }

  public void write(Path file) {
    try {
      Files.writeString(file, toXml());
    } catch (IOException e) {
      throw new LaunchFailure("Could not write " + file + ": " + e.getMessage(), e);
    }
  }

  String toXml() {
    try {
      var transformer = TransformerFactory.newInstance().newTransformer();
      transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      StringWriter out = new StringWriter();
      transformer.transform(new DOMSource(document), new StreamResult(out));
      return out.toString();
    } catch (TransformerException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Moves every listener to the planned port, reachable from this machine only. */
  public DomainXml ports(PortPlan ports) {
    Element hazelcast = one("/domain/hazelcast-runtime-configuration");
    hazelcast.setAttribute("das-port", number(ports.hazelcastDas()));
    hazelcast.setAttribute("start-port", number(ports.hazelcastStart()));
    hazelcast.setAttribute("das-bind-address", LOOPBACK);
    hazelcast.setAttribute("interface", LOOPBACK);

    Map<String, Port> networkListeners =
        Map.of(
            "http-listener-1", ports.http(),
            "http-listener-2", ports.https(),
            "admin-listener", ports.admin());
    networkListeners.forEach(
        (name, port) ->
            listen(one(SERVER_CONFIG + "//network-listener[@name='" + name + "']"), port));
    Map<String, Port> iiopListeners =
        Map.of(
            "orb-listener-1", ports.iiop(),
            "SSL", ports.iiopSsl(),
            "SSL_MUTUALAUTH", ports.iiopMutualAuth());
    iiopListeners.forEach(
        (id, port) -> listen(one(SERVER_CONFIG + "//iiop-listener[@id='" + id + "']"), port));
    listen(one(SERVER_CONFIG + "//jmx-connector[@name='system']"), ports.jmx());
    one(SERVER_CONFIG + "/system-property[@name='JMS_PROVIDER_PORT']")
        .setAttribute("value", number(ports.jms()));
    // The embedded message broker and Hazelcast bind every interface unless told otherwise.
    jmsHostOnLoopback();
    replaceJvmOption("-Dhazelcast.socket.bind.any=", "-Dhazelcast.socket.bind.any=false");
    replaceJvmOption(
        "-Dosgi.shell.telnet.port=", "-Dosgi.shell.telnet.port=" + number(ports.osgiShell()));
    return this;
  }

  /**
   * No Server or X-Powered-By header naming Payara and its version on the app's listeners: a
   * version banner only helps someone looking for a known hole.
   */
  public DomainXml noVersionBanners() {
    for (Element http : all(SERVER_CONFIG + "/network-config/protocols/protocol/http")) {
      http.setAttribute("server-header", "false");
      http.setAttribute("xpowered-by", "false");
    }
    return this;
  }

  static final String JSON_PROVIDER = "jakarta.json.provider=org.eclipse.parsson.JsonProviderImpl";

  /** Sets the heap and replaces all our own -Dtotalplace.* options with {@code options}. */
  public DomainXml jvmOptions(String maxHeap, List<String> options) {
    replaceJvmOption("-Xmx", "-Xmx" + maxHeap);
    // Named, the JSON-P provider is loaded once; unnamed, every Json.createReader (Payara's token
    // check does one per API request) scanned the application's class path for it: 7% of the
    // server's time under the referral bench. Payara's jakarta.json bundle holds this class.
    replaceJvmOption("-Djakarta.json.provider=", "-D" + JSON_PROVIDER);
    Element javaConfig = one(SERVER_CONFIG + "/java-config");
    for (Element option : all(SERVER_CONFIG + "/java-config/jvm-options")) {
      if (option.getTextContent().startsWith("-Dtotalplace.")) {
        javaConfig.removeChild(option);
      }
    }
    options.forEach(option -> appendJvmOption(javaConfig, option));
    return this;
  }

  /** The app's data source {@code jdbc/totalplace}: a PostgreSQL pool, rebuilt on each start. */
  public DomainXml dataSource(String jdbcUrl, String user, String password) {
    Element resources = one("/domain/resources");
    for (Element old :
        all(
            "/domain/resources/jdbc-connection-pool[@name='"
                + POOL
                + "'] | /domain/resources/jdbc-resource[@jndi-name='"
                + JNDI_NAME
                + "']")) {
      resources.removeChild(old);
    }
    Element pool = document.createElement("jdbc-connection-pool");
    pool.setAttribute("name", POOL);
    pool.setAttribute("datasource-classname", "org.postgresql.ds.PGSimpleDataSource");
    pool.setAttribute("res-type", "javax.sql.DataSource");
    pool.setAttribute("steady-pool-size", "2");
    pool.setAttribute("max-pool-size", "32");
    // A restarted PostgreSQL leaves dead connections in the pool; validation replaces them.
    pool.setAttribute("is-connection-validation-required", "true");
    pool.setAttribute("connection-validation-method", "meta-data");
    pool.setAttribute("non-transactional-connections", "false");
    property(pool, "URL", jdbcUrl);
    property(pool, "user", user);
    property(pool, "password", password);
    resources.appendChild(pool);

    Element resource = document.createElement("jdbc-resource");
    resource.setAttribute("pool-name", POOL);
    resource.setAttribute("jndi-name", JNDI_NAME);
    resources.appendChild(resource);

    // Like jdbc/__default: a resource is live on an instance only through a resource-ref.
    Element server = one("/domain/servers/server[@name='server']");
    if (all("/domain/servers/server[@name='server']/resource-ref[@ref='" + JNDI_NAME + "']")
        .isEmpty()) {
      Element ref = document.createElement("resource-ref");
      ref.setAttribute("ref", JNDI_NAME);
      Node firstApplication = firstChild(server, "application-ref");
      server.insertBefore(ref, firstApplication);
    }
    return this;
  }

  /**
   * The embedded message broker listens where the default JMS host says. A fresh domain has no
   * jms-service in server-config (Payara writes its default on first start), so add one.
   */
  private void jmsHostOnLoopback() {
    if (all(SERVER_CONFIG + "/jms-service").isEmpty()) {
      Element service = document.createElement("jms-service");
      service.setAttribute("type", "EMBEDDED");
      service.setAttribute("default-jms-host", "default_JMS_host");
      service.setAttribute("addresslist-behavior", "priority");
      Element host = document.createElement("jms-host");
      host.setAttribute("name", "default_JMS_host");
      host.setAttribute("port", "${JMS_PROVIDER_PORT}");
      host.setAttribute("admin-user-name", "admin");
      host.setAttribute("admin-password", "admin");
      host.setAttribute("lazy-init", "true");
      service.appendChild(host);
      one(SERVER_CONFIG).appendChild(service);
    }
    all(SERVER_CONFIG + "/jms-service/jms-host")
        .forEach(host -> host.setAttribute("host", LOOPBACK));
  }

  private void replaceJvmOption(String prefix, String replacement) {
    Element javaConfig = one(SERVER_CONFIG + "/java-config");
    boolean replaced = false;
    for (Element option : all(SERVER_CONFIG + "/java-config/jvm-options")) {
      if (option.getTextContent().startsWith(prefix)) {
        option.setTextContent(replacement);
        replaced = true;
      }
    }
    if (!replaced) {
      appendJvmOption(javaConfig, replacement);
    }
  }

  private void appendJvmOption(Element javaConfig, String option) {
    Element element = document.createElement("jvm-options");
    element.setTextContent(option);
    javaConfig.appendChild(element);
  }

  private void property(Element parent, String name, String value) {
    Element property = document.createElement("property");
    property.setAttribute("name", name);
    property.setAttribute("value", value);
    parent.appendChild(property);
  }

  private static void listen(Element listener, Port port) {
    listener.setAttribute("port", number(port));
    listener.setAttribute("address", LOOPBACK);
  }

  private static String number(Port port) {
    return Integer.toString(port.number());
  }

  private static Node firstChild(Element parent, String name) {
    for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (name.equals(child.getNodeName())) {
        return child;
      }
    }
    return null;
  }

  private Element one(String path) {
    List<Element> found = all(path);
    if (found.isEmpty()) {
      throw new LaunchFailure("Payara's domain.xml has no " + path + "; is it a Payara 6 domain?");
    }
    return found.get(0);
  }

  private List<Element> all(String path) {
    try {
      NodeList nodes =
          (NodeList)
              XPathFactory.newInstance()
                  .newXPath()
                  .evaluate(path, document, XPathConstants.NODESET);
      List<Element> elements = new ArrayList<>();
      for (int i = 0; i < nodes.getLength(); i++) {
        elements.add((Element) nodes.item(i));
      }
      return elements;
    } catch (XPathExpressionException e) {
      throw new IllegalArgumentException(path, e);
    }
  }
}
