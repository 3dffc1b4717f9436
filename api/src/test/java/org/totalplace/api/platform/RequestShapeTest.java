package org.totalplace.api.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.totalplace.referral.entity.Urgency;

/** The three checks that refuse a request by name before it reaches a resource. */
class RequestShapeTest {

  @Test
  void aKeyRepeatedInOneObjectIsNamedWithItsPath() {
    assertThat(DuplicateKeys.in(bytes("{\"reason\":\"a\",\"reason\":\"b\"}"))).isEqualTo("reason");
    assertThat(DuplicateKeys.in(bytes("{\"address\":{\"line\":\"1\",\"line\":\"2\"}}")))
        .isEqualTo("address.line");
    assertThat(DuplicateKeys.in(bytes("{\"a\":[{\"x\":1},{\"x\":2}],\"b\":{\"x\":3}}"))).isNull();
    assertThat(DuplicateKeys.in(bytes("{\"a\":{\"x\":1},\"x\":2}"))).isNull();
    assertThat(DuplicateKeys.in(bytes("not json"))).isNull();
    assertThat(DuplicateKeys.in(bytes("{"))).isNull();
    assertThat(DuplicateKeys.in(new byte[0])).isNull();
    assertThat(DuplicateKeys.in(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0})).isNull();
  }

  @Test
  void queryValuesThatDoNotReadAsTheirTypeSayWhatTheyMustBe() {
    assertThat(ParameterTypes.problem(int.class, "abc")).contains("whole number");
    assertThat(ParameterTypes.problem(Integer.class, "99999999999")).contains("from");
    assertThat(ParameterTypes.problem(int.class, "50")).isNull();
    assertThat(ParameterTypes.problem(long.class, "99999999999")).isNull();
    assertThat(ParameterTypes.problem(long.class, "99999999999999999999")).contains("too large");
    assertThat(ParameterTypes.problem(boolean.class, "yes")).isEqualTo("must be true or false");
    assertThat(ParameterTypes.problem(boolean.class, "TRUE")).isNull();
    assertThat(ParameterTypes.problem(Urgency.class, "soon")).startsWith("must be one of ");
    assertThat(ParameterTypes.problem(String.class, "anything")).isNull();
  }

  @Test
  void brokenMediaTypesAndOtherCharsetsAreRefused() {
    assertThat(ContentTypes.problem("application/json;;")).contains("does not parse");
    assertThat(ContentTypes.problem("application/json; charset")).contains("does not parse");
    assertThat(ContentTypes.problem("json")).contains("does not parse");
    assertThat(ContentTypes.problem("application/json; charset=ISO-8859-1"))
        .contains("charset=ISO-8859-1");
    assertThat(ContentTypes.problem("application/json; charset=\"utf-16\"")).contains("utf-16");
    assertThat(ContentTypes.problem("application/json")).isNull();
    assertThat(ContentTypes.problem("application/fhir+json; charset=UTF-8")).isNull();
    assertThat(ContentTypes.problem("multipart/form-data; boundary=\"--x y\"")).isNull();
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
