package org.totalplace.web.person;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDate;
import org.totalplace.person.entity.BirthDates;

/**
 * Reads a date of birth typed as day/month/year by core's rule, so an impossible day says which day
 * there is not ("there is no 30 February") instead of being moved to the month's last day.
 */
@FacesConverter("birthDate")
public class BirthDateConverter implements Converter<LocalDate> {

  @Override
  public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return BirthDates.parseDayMonthYear(value);
    } catch (IllegalArgumentException e) {
      throw new ConverterException(
          new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), e.getMessage()), e);
    }
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
    return value == null
        ? ""
        : value.getDayOfMonth() + "/" + value.getMonthValue() + "/" + value.getYear();
  }
}
