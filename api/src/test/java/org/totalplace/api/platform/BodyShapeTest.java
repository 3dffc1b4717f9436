package org.totalplace.api.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.totalplace.api.person.NewIdentifier;
import org.totalplace.person.entity.NewPerson;
import org.totalplace.referral.entity.NewReferral;

class BodyShapeTest {

  @Test
  void aBodyThatFitsHasNoProblems() {
    assertThat(
            problems(
                "{\"personId\": 12, \"serviceId\": 3, \"urgency\": \"URGENT\", \"reason\":"
                    + " \"Rent arrears\"}",
                NewReferral.class))
        .isEmpty();
    assertThat(
            problems(
                "{\"givenName\": \"Una\", \"dateOfBirth\": \"1990-01-31\", \"sex\": null}",
                NewPerson.class))
        .isEmpty();
  }

  @Test
  void aNumberWhereTextIsExpectedIsNamed() {
    assertThat(problems("{\"reason\": 123}", Reason.class))
        .containsExactly("reason: must be text, in quotes");
  }

  @Test
  void aFieldTheRequestDoesNotHaveIsNamedWithTheFieldsItHas() {
    List<String> problems =
        problems(
            "{\"givenName\": \"Una\", \"familyName\": \"Known\", \"isAdmin\": true}",
            NewPerson.class);

    assertThat(problems).hasSize(1);
    assertThat(problems.get(0))
        .startsWith("isAdmin: is not a field of this request; the fields are ")
        .contains("dateOfBirth", "givenName", "postcode");
  }

  @Test
  void wrongTypesOfEveryKindAreNamedEachOnce() {
    assertThat(
            problems(
                "{\"personId\": \"12\", \"serviceId\": 1.5, \"urgency\": \"SOON\", \"reason\":"
                    + " [\"a\"]}",
                NewReferral.class))
        .containsExactly(
            "personId: must be a whole number within range",
            "serviceId: must be a whole number within range",
            "urgency: must be one of EMERGENCY, URGENT, ROUTINE",
            "reason: must be text, in quotes");
    assertThat(problems("{\"personId\": -99999999999999999999}", NewReferral.class))
        .containsExactly("personId: must be a whole number within range");
    assertThat(problems("{\"dateOfBirth\": \"31/02/2020\"}", NewPerson.class))
        .containsExactly("dateOfBirth: must be a date as yyyy-mm-dd, in quotes");
    assertThat(problems("{\"dateOfBirth\": \"2001-02-30\"}", NewPerson.class))
        .containsExactly("dateOfBirth: Enter a real date: there is no 30 February");
    assertThat(problems("{\"scheme\": true, \"value\": {\"x\": 1}}", NewIdentifier.class))
        .hasSize(2);
  }

  @Test
  void aBodyThatIsNotAnObjectIsRefusedAsAWhole() {
    assertThat(problems("[]", Reason.class)).containsExactly("body: must be a JSON object, in { }");
    assertThat(problems("\"just a string\"", Reason.class))
        .containsExactly("body: must be a JSON object, in { }");
  }

  @Test
  void listsAndNestedObjectsAreCheckedInsideWithTheirPath() throws Exception {
    Type listOfText = Holder.class.getField("agencies").getGenericType();
    Type mapOfNumbers = Holder.class.getField("counts").getGenericType();

    assertThat(problems("[\"housing\", 4]", listOfText))
        .containsExactly("[1]: must be text, in quotes");
    assertThat(problems("\"housing\"", listOfText)).containsExactly("body: must be a list, in [ ]");
    assertThat(problems("{\"a\": 1, \"b\": \"x\"}", mapOfNumbers))
        .containsExactly(".b: must be a whole number within range");
    assertThat(problems("{\"inner\": {\"reason\": false}}", Holder.class))
        .containsExactly("inner.reason: must be text, in quotes");
  }

  /** A body type with the shapes the API's own bodies do not all have. */
  public static class Holder {
    public List<String> agencies;
    public Map<String, Integer> counts;
    public Reason inner;
  }

  private static List<String> problems(String json, Type type) {
    JsonValue body = Json.createReader(new StringReader(json)).readValue();
    return BodyShape.problems(body, type).stream()
        .map(p -> p.getField() + ": " + p.getMessage())
        .toList();
  }
}
