package org.totalplace.launcher.payara;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.totalplace.launcher.host.PortPlan;

class DomainXmlTest {
  /** The parts of Payara 6's domain1/config/domain.xml that the launcher edits. */
  private static final String DOMAIN =
      """
      <domain log-root="${com.sun.aas.instanceRoot}/logs">
        <hazelcast-runtime-configuration start-port="5900" das-port="4900"/>
        <resources>
          <jdbc-resource pool-name="H2Pool" jndi-name="jdbc/__default" object-type="system-all"/>
          <jdbc-connection-pool name="H2Pool" datasource-classname="org.h2.jdbcx.JdbcDataSource"/>
        </resources>
        <servers>
          <server name="server" config-ref="server-config">
            <resource-ref ref="jdbc/__default"/>
            <application-ref ref="__admingui" virtual-servers="__asadmin"/>
          </server>
        </servers>
        <configs>
          <config name="server-config">
            <system-property name="JMS_PROVIDER_PORT" value="7676"/>
            <jms-service type="EMBEDDED" default-jms-host="default_JMS_host">
              <jms-host name="default_JMS_host" host="localhost" port="${JMS_PROVIDER_PORT}"/>
            </jms-service>
            <iiop-service>
              <iiop-listener address="0.0.0.0" port="3700" id="orb-listener-1"/>
              <iiop-listener address="0.0.0.0" port="3820" id="SSL"/>
              <iiop-listener address="0.0.0.0" port="3920" id="SSL_MUTUALAUTH"/>
            </iiop-service>
            <admin-service>
              <jmx-connector address="0.0.0.0" port="8686" name="system"/>
            </admin-service>
            <java-config>
              <jvm-options>-Xmx512m</jvm-options>
              <jvm-options>-Dosgi.shell.telnet.port=6666</jvm-options>
            </java-config>
            <network-config>
              <network-listeners>
                <network-listener port="8080" name="http-listener-1"/>
                <network-listener port="8181" name="http-listener-2"/>
                <network-listener port="4848" name="admin-listener"/>
              </network-listeners>
              <protocols>
                <protocol name="http-listener-1"><http default-virtual-server="server"/></protocol>
                <protocol name="http-listener-2" security-enabled="true">
                  <http default-virtual-server="server" xpowered-by="true"/>
                </protocol>
              </protocols>
            </network-config>
          </config>
          <config name="default-config">
            <java-config><jvm-options>-Xmx512m</jvm-options></java-config>
            <network-config><network-listeners>
              <network-listener port="${HTTP_LISTENER_PORT}" name="http-listener-1"/>
            </network-listeners></network-config>
          </config>
        </configs>
      </domain>
      """;

  @Test
  void movesServerConfigListenersToTheOffsetPortsOnLoopbackOnly() {
    String xml = DomainXml.parse(DOMAIN).ports(new PortPlan(10000)).toXml();

    assertThat(xml)
        .contains("port=\"18080\"", "port=\"18181\"", "port=\"14848\"", "port=\"13700\"")
        .contains("port=\"13820\"", "port=\"13920\"", "port=\"18686\"", "value=\"17676\"")
        .contains("das-port=\"14900\"", "start-port=\"15900\"")
        .contains("-Dosgi.shell.telnet.port=16666")
        .doesNotContain("address=\"0.0.0.0\"")
        // default-config is only a template for other instances: left alone.
        .contains("port=\"${HTTP_LISTENER_PORT}\"");
  }

  @Test
  void listenersSendNoServerOrPoweredByBanner() {
    String xml = DomainXml.parse(DOMAIN).noVersionBanners().toXml();

    assertThat(xml.split("server-header=\"false\"", -1)).hasSize(3);
    assertThat(xml.split("xpowered-by=\"false\"", -1)).hasSize(3);
    assertThat(xml).doesNotContain("xpowered-by=\"true\"");
  }

  @Test
  void aFreshDomainGetsItsMessageBrokerOnLoopbackToo() {
    String fresh = DOMAIN.replaceAll("(?s)<jms-service.*?</jms-service>", "");

    String xml = DomainXml.parse(fresh).ports(new PortPlan(0)).toXml();

    assertThat(xml).contains("host=\"127.0.0.1\"", "port=\"${JMS_PROVIDER_PORT}\"");
  }

  @Test
  void reapplyingSettingsReplacesTheOldOptionsInsteadOfPilingUp() {
    DomainXml domain = DomainXml.parse(DOMAIN);
    domain.jvmOptions("1536m", List.of("-Dtotalplace.demo-data=true"));

    String xml = domain.jvmOptions("1536m", List.of("-Dtotalplace.demo-data=false")).toXml();

    assertThat(xml).contains("-Dtotalplace.demo-data=false").doesNotContain("demo-data=true");
    assertThat(xml.split("-Xmx1536m", -1)).hasSize(2);
    assertThat(xml.split("-Djakarta.json.provider=org.eclipse.parsson.JsonProviderImpl", -1))
        .hasSize(2);
    assertThat(xml).contains("<jvm-options>-Xmx512m</jvm-options>"); // default-config's
  }

  @Test
  void addsTheAppDataSourceOnceAndReferencesItFromTheServer() {
    DomainXml domain = DomainXml.parse(DOMAIN);
    domain.dataSource("jdbc:postgresql://127.0.0.1:15432/old", "totalplace", "totalplace");

    String xml =
        domain.dataSource("jdbc:postgresql://127.0.0.1:15432/totalplace", "app", "secret").toXml();

    assertThat(xml.split("<jdbc-connection-pool ", -1)).hasSize(3); // H2Pool and ours
    assertThat(xml.split("jndi-name=\"jdbc/totalplace\"", -1)).hasSize(2);
    assertThat(xml.split("<resource-ref ref=\"jdbc/totalplace\"/>", -1)).hasSize(2);
    assertThat(xml)
        .contains("value=\"jdbc:postgresql://127.0.0.1:15432/totalplace\"")
        .doesNotContain("/old\"")
        .contains(
            "org.postgresql.ds.PGSimpleDataSource", "is-connection-validation-required=\"true\"");
  }
}
