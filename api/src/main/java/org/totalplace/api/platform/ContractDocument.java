package org.totalplace.api.platform;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The published contract: the OpenAPI document SmallRye generated from this WAR's code at build
 * time, with this platform's Keycloak put where the code can only hold a placeholder. Open to all,
 * as a contract must be; it holds no data.
 */
@WebServlet("/openapi.json")
public class ContractDocument extends HttpServlet {

  private static final long serialVersionUID = 1L;

  private static final String KEYCLOAK = "https://keycloak.invalid";

  /** Where systems get tokens; the host is this platform's Keycloak, filled in when served. */
  public static final String TOKEN_URL =
      KEYCLOAK + "/realms/totalplace/protocol/openid-connect/token";

  private transient String document;

  @Override
  public void init() {
    String keycloak =
        ConfigProvider.getConfig()
            .getOptionalValue("totalplace.keycloak.url", String.class)
            .orElse("http://127.0.0.1:8180");
    try (InputStream generated =
        ContractDocument.class.getResourceAsStream("/contract/openapi.json")) {
      if (generated == null) {
        throw new IllegalStateException("The build did not generate contract/openapi.json");
      }
      document =
          ContractShape.shaped(
              new String(generated.readAllBytes(), StandardCharsets.UTF_8)
                  .replace(KEYCLOAK, keycloak));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.setHeader("Cache-Control", "no-cache");
    response.getWriter().write(document);
  }
}
