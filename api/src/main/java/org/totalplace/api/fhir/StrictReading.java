package org.totalplace.api.fhir;

import ca.uhn.fhir.parser.IParserErrorHandler;
import ca.uhn.fhir.parser.json.BaseJsonLikeValue;
import java.util.ArrayList;
import java.util.List;
import org.totalplace.platform.control.FieldProblem;

/**
 * Collects everything in a FHIR body that HAPI would otherwise skip over quietly: an element a
 * health system misspells would be lost, not refused. One per parse, never shared.
 */
class StrictReading implements IParserErrorHandler {

  private final List<FieldProblem> problems = new ArrayList<>();

  List<FieldProblem> problems() {
    return problems;
  }

  private void add(IParseLocation where, String element, String message) {
    String parent = where == null ? null : where.getParentElementName();
    String field =
        parent == null
            ? element
            : element == null || element.isBlank() ? parent : parent + "." + element;
    problems.add(new FieldProblem(field == null ? "body" : field, message));
  }

  @Override
  public void unknownElement(IParseLocation where, String element) {
    add(where, element, "'" + element + "' is not an element of FHIR R4 where it appears");
  }

  @Override
  public void unknownAttribute(IParseLocation where, String attribute) {
    add(where, attribute, "'" + attribute + "' is not an attribute of FHIR R4 here");
  }

  @Override
  public void unexpectedRepeatingElement(IParseLocation where, String element) {
    add(where, element, "'" + element + "' may appear only once");
  }

  @Override
  public void missingRequiredElement(IParseLocation where, String element) {
    add(where, element, "'" + element + "' is required");
  }

  @Override
  public void invalidValue(IParseLocation where, String value, String error) {
    add(where, null, "'" + value + "' is not a valid value here");
  }

  @Override
  public void incorrectJsonType(
      IParseLocation where,
      String element,
      BaseJsonLikeValue.ValueType expected,
      BaseJsonLikeValue.ScalarType expectedScalar,
      BaseJsonLikeValue.ValueType found,
      BaseJsonLikeValue.ScalarType foundScalar) {
    add(
        where,
        element,
        "'"
            + element
            + "' must be "
            + describe(expected, expectedScalar)
            + ", not "
            + describe(found, foundScalar));
  }

  @Override
  public void containedResourceWithNoId(IParseLocation where) {
    add(where, "contained", "A contained resource needs an id");
  }

  @Override
  public void unknownReference(IParseLocation where, String reference) {
    add(where, null, "The reference '" + reference + "' points at nothing in this body");
  }

  @Override
  public void invalidInternalReference(IParseLocation where, String reference) {
    add(where, null, "The reference '" + reference + "' is not a valid local reference");
  }

  @Override
  public void extensionContainsValueAndNestedExtensions(IParseLocation where) {
    add(where, "extension", "An extension has either a value or nested extensions, not both");
  }

  private static String describe(
      BaseJsonLikeValue.ValueType type, BaseJsonLikeValue.ScalarType scalar) {
    if (type == BaseJsonLikeValue.ValueType.SCALAR && scalar != null) {
      return "a " + scalar.name().toLowerCase(java.util.Locale.ROOT);
    }
    return type == null
        ? "something else"
        : "a JSON " + type.name().toLowerCase(java.util.Locale.ROOT);
  }
}
