package org.totalplace.api.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.totalplace.platform.control.FieldProblem;
import org.totalplace.platform.control.InvalidInput;

/**
 * FHIR R4 JSON in and out. The HAPI context scans the whole R4 model when made, so the application
 * makes one and shares it; parsers are cheap and made per call, as HAPI advises.
 */
@ApplicationScoped
public class FhirJson {

  public static final String MEDIA_TYPE = "application/fhir+json";

  private static final Logger LOG = Logger.getLogger(FhirJson.class.getName());

  /**
   * In a holder, not a field: the CDI proxy of this bean is an instance too and would build a
   * second context. The holder builds one, on first use, for the application's class loader.
   */
  private static final class R4 {
    static final FhirContext CONTEXT = FhirContext.forR4();
  }

  /**
   * The resource in a body, or InvalidInput naming each element HAPI could not take as it is:
   * misspelt, unknown, of the wrong JSON type or with a code outside its value set.
   */
  public IBaseResource read(String body) {
    if (body == null || body.isBlank()) {
      throw InvalidInput.of("body", "Send a FHIR R4 resource as JSON");
    }
    StrictReading strict = new StrictReading();
    IParser parser = R4.CONTEXT.newJsonParser().setParserErrorHandler(strict);
    IBaseResource resource;
    try {
      resource = parser.parseResource(body);
    } catch (DataFormatException e) {
      LOG.log(Level.FINE, "Unreadable FHIR body", e);
      throw new InvalidInput(List.of(unreadable(e)));
    }
    if (!strict.problems().isEmpty()) {
      throw new InvalidInput(strict.problems());
    }
    List<FieldProblem> modifiers = ModifierExtensions.in(body);
    if (!modifiers.isEmpty()) {
      throw new InvalidInput(modifiers);
    }
    return resource;
  }

  /**
   * A resource as a client receives it: written and read back, so dates have the precision the JSON
   * gave them and a client's copy can be compared with ours element by element.
   */
  static IBaseResource asSent(IBaseResource resource) {
    IParser parser = R4.CONTEXT.newJsonParser();
    return parser.parseResource(parser.encodeResourceToString(resource));
  }

  /** The one R4 context, for reading a resource's element definitions. */
  static FhirContext context() {
    return R4.CONTEXT;
  }

  public String write(IBaseResource resource) {
    return R4.CONTEXT.newJsonParser().encodeResourceToString(resource);
  }

  /** HAPI's own wording carries its message codes and Jackson's settings; ours does not. */
  private static FieldProblem unreadable(DataFormatException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof JsonProcessingException json && json.getLocation() != null) {
        return new FieldProblem(
            "body",
            "The body is not valid JSON (line "
                + json.getLocation().getLineNr()
                + ", column "
                + json.getLocation().getColumnNr()
                + ")");
      }
    }
    String message = e.getMessage() == null ? "" : e.getMessage();
    if (message.contains("resource name") || message.contains("resourceType")) {
      return new FieldProblem(
          "resourceType", "'resourceType' must name a FHIR R4 resource, such as Bundle");
    }
    return new FieldProblem("body", "The body is not FHIR R4 JSON");
  }
}
