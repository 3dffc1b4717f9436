package org.totalplace.person.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifierSchemeTest {

  @ParameterizedTest
  @ValueSource(strings = {"9434765919", "943 476 5919", "943-476-5919", "4010232137"})
  void nhsNumbersWithTheRightCheckDigitAreValid(String number) {
    assertThat(IdentifierScheme.NHS.problemWith(number)).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"9434765918", "9434765910", "1234567890"})
  void nhsNumbersWithAWrongCheckDigitAreRefused(String number) {
    assertThat(IdentifierScheme.NHS.problemWith(number)).contains("not valid");
  }

  @Test
  void aCheckOfTenMeansTheNumberIsNeverIssued() {
    // 1 2 3 4 5 6 7 8 1: weighted sum 10+18+24+28+30+30+28+24+2 = 194, 194 mod 11 = 7, 11-7 = 4.
    assertThat(NhsNumbers.checkDigit("123456781")).isEqualTo(4);
    // Weighted sum 10 + 2 = 12, 12 mod 11 = 1, 11 - 1 = 10: no number starts with these digits.
    assertThat(NhsNumbers.checkDigit("100000001")).isEqualTo(-1);
    assertThat(NhsNumbers.isValid("1000000010")).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"943476591", "94347659190", "94347A5919", ""})
  void nhsNumbersOfTheWrongShapeAreRefused(String number) {
    assertThat(IdentifierScheme.NHS.problemWith(number)).contains("10 digits");
  }

  @ParameterizedTest
  @ValueSource(strings = {"AB123456C", "ab 12 34 56 c", "JG103759A"})
  void nationalInsuranceNumbersInTheRightFormat(String number) {
    assertThat(IdentifierScheme.NI.problemWith(number)).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"GB123456A", "DA123456A", "QQ123456E", "QO123456A", "Q1234567A"})
  void nationalInsuranceNumbersWithImpossiblePrefixesOrSuffixes(String number) {
    assertThat(IdentifierScheme.NI.problemWith(number)).isNotNull();
  }

  @Test
  void prisonNumbersAreOneLetterFourDigitsTwoLetters() {
    assertThat(IdentifierScheme.PRISON.problemWith("a1234bc")).isNull();
    assertThat(IdentifierScheme.PRISON.problemWith("A12345C")).isNotNull();
  }

  @Test
  void searchRecognisesIdentifiersButNeverANameAsOne() {
    assertThat(IdentifierScheme.recognise("943 476 5919")).isEqualTo(IdentifierScheme.NHS);
    assertThat(IdentifierScheme.recognise("AB 12 34 56 C")).isEqualTo(IdentifierScheme.NI);
    assertThat(IdentifierScheme.recognise("A1234BC")).isEqualTo(IdentifierScheme.PRISON);
    assertThat(IdentifierScheme.recognise("jordan miles")).isNull();
  }

  @Test
  void eachSchemeCarriesTheSensitivityOfWhatItReveals() {
    assertThat(IdentifierScheme.NHS.getSensitivity().name()).isEqualTo("HEALTH");
    assertThat(IdentifierScheme.PRISON.getSensitivity().name()).isEqualTo("CRIMINAL_JUSTICE");
  }
}
