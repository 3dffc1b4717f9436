// Swagger UI over the served contract. "Authorize" takes a system's client id and secret and asks
// Keycloak for a token (client credentials); "Try it out" then calls this platform.
window.addEventListener("load", function () {
  window.ui = SwaggerUIBundle({
    url: "../openapi.json",
    dom_id: "#contract",
    deepLinking: true,
    tryItOutEnabled: false,
    persistAuthorization: false
  });
});
