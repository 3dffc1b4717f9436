package org.totalplace.api.platform;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * Request bodies with a field the API does not know are refused (400), not half-read: a misspelt
 * field silently dropped is a change the integrator thinks they made and did not.
 */
@Provider
public class StrictJson implements ContextResolver<Jsonb> {

  private static final Jsonb STRICT =
      JsonbBuilder.create(new JsonbConfig().setProperty("yasson.fail-on-unknown-properties", true));

  @Override
  public Jsonb getContext(Class<?> type) {
    return STRICT;
  }
}
