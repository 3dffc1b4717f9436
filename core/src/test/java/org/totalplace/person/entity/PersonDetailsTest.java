package org.totalplace.person.entity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PersonDetailsTest {

  private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

  private static PersonDetails details(String given, String family) {
    PersonDetails d = new PersonDetails();
    d.setGivenName(given);
    d.setFamilyName(family);
    d.setDateOfBirth(LocalDate.of(1980, 1, 1));
    d.setSex(Sex.FEMALE);
    return d;
  }

  @Test
  void namesOfAnyAlphabetWithHyphensAndApostrophesAreFine() {
    assertThat(validator.validate(details("Zoë", "O'Connor-Łukasik"))).isEmpty();
    assertThat(validator.validate(details("Siân", "ap Rhys"))).isEmpty();
  }

  @Test
  void scriptInANameIsRefusedInPlainWords() {
    var problems = validator.validate(details("<script>alert(1)</script>", "Smith"));
    assertThat(problems)
        .extracting(v -> v.getMessage())
        .containsExactly(PersonDetails.NAME_MESSAGE);
  }

  @Test
  void aFutureDateOfBirthIsRefused() {
    PersonDetails d = details("Ann", "Lee");
    d.setDateOfBirth(LocalDate.now().plusDays(1));
    assertThat(validator.validate(d))
        .extracting(v -> v.getMessage())
        .containsExactly("The date of birth cannot be after today");
  }

  @Test
  void changesListEachDifferentFieldBeforeAndAfter() {
    PersonDetails before = details("Ann", "Lee");
    PersonDetails after = details("Ann", "Leigh");
    after.setEmail("ann@example.com");
    assertThat(before.changesTo(after))
        .extracting(FieldChange::toString)
        .containsExactly("Last name changed from Lee to Leigh", "Email added: ann@example.com");
  }

  @Test
  void aChangedDateOfBirthReadsAsAUkDate() {
    PersonDetails before = details("Ann", "Lee");
    before.setDateOfBirth(LocalDate.of(1990, 1, 2));
    PersonDetails after = details("Ann", "Lee");
    after.setDateOfBirth(LocalDate.of(1990, 2, 1));
    assertThat(before.changesTo(after))
        .extracting(FieldChange::toString)
        .containsExactly("Date of birth changed from 2 Jan 1990 to 1 Feb 1990");
  }

  @Test
  void blankAndMissingAreTheSame() {
    PersonDetails before = details("Ann", "Lee");
    PersonDetails after = details("Ann", "Lee");
    after.setGender("  ");
    assertThat(before.changesTo(after)).isEmpty();
  }

  @Test
  void afterAConflictBothEditorsChangesAreKept() {
    Person stored =
        new Person(
            new NewPerson("Ann", "Lee", LocalDate.of(1980, 1, 1), null),
            "a",
            java.time.Instant.EPOCH);
    PersonDetails mine = PersonDetails.of(stored);
    mine.setLanguage("Polish");
    PersonDetails theirs = PersonDetails.of(stored);
    theirs.setPreferredName("Annie");
    theirs.setVersion(2);

    PersonDetails merged = mine.rebasedOnto(theirs);

    assertThat(merged.getLanguage()).isEqualTo("Polish");
    assertThat(merged.getPreferredName()).isEqualTo("Annie");
    assertThat(merged.getVersion()).isEqualTo(2);
    // Where both changed the same field, the editor's own value stays for them to decide.
    mine.setPreferredName("Anna");
    assertThat(mine.rebasedOnto(theirs).getPreferredName()).isEqualTo("Anna");
  }
}
