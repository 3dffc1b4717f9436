package org.totalplace.person.entity;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one rule for a date of birth, for the pages and the API alike: a real day, in 1900 or later
 * and not after today. PostgreSQL has no year 0 and counts years before 1 BC differently, so an
 * earlier year would be stored as another date: it is refused, not converted.
 */
public final class BirthDates {

  public static final int EARLIEST_YEAR = 1900;

  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("^\\s*(\\d{1,2})\\s*/\\s*(\\d{1,2})\\s*/\\s*(\\d{4})\\s*$");

  private static final Pattern ISO = Pattern.compile("^\\s*([+-]?\\d{4,9})-(\\d{2})-(\\d{2})\\s*$");

  private BirthDates() {}

  /** What is wrong with a date of birth, in plain English, or null when there is nothing. */
  public static String problem(LocalDate date, LocalDate today) {
    if (date == null) {
      return null;
    }
    if (date.getYear() < EARLIEST_YEAR) {
      return "Enter a date of birth in " + EARLIEST_YEAR + " or later";
    }
    if (date.isAfter(today)) {
      return "The date of birth cannot be after today";
    }
    return null;
  }

  /** A date as people type it on the pages, day/month/year; the message says what is wrong. */
  public static LocalDate parseDayMonthYear(String text) {
    Matcher m = DAY_MONTH_YEAR.matcher(text == null ? "" : text);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "Enter the date of birth as day/month/year, for example 27/03/1985");
    }
    return day(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), m.group(1));
  }

  /**
   * Why a yyyy-mm-dd text that has the shape of a date is no day of the calendar ("there is no 30
   * February"), or null when it is one or does not have the shape.
   */
  public static String impossibleDay(String text) {
    Matcher m = ISO.matcher(text == null ? "" : text);
    if (!m.matches()) {
      return null;
    }
    try {
      day(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(3));
      return null;
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }

  private static LocalDate day(int year, int month, String dayText) {
    int day = Integer.parseInt(dayText);
    if (month < 1 || month > 12) {
      throw new IllegalArgumentException("Enter a real date: there is no month " + month);
    }
    YearMonth yearMonth = YearMonth.of(year, month);
    if (day < 1 || day > yearMonth.lengthOfMonth()) {
      String monthName = Month.of(month).getDisplayName(TextStyle.FULL, Locale.UK);
      boolean leapDay = month == 2 && day == 29;
      throw new IllegalArgumentException(
          "Enter a real date: there is no "
              + day
              + " "
              + monthName
              + (leapDay ? " in " + year : ""));
    }
    return yearMonth.atDay(day);
  }
}
