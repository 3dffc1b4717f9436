package org.totalplace.person.entity;

/** The NHS number's Modulus 11 check digit. */
public final class NhsNumbers {

  private NhsNumbers() {}

  /** Ten digits whose last is the Modulus 11 check of the first nine (10 is never valid). */
  public static boolean isValid(String digits) {
    if (digits == null || !digits.matches("[0-9]{10}")) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += (digits.charAt(i) - '0') * (10 - i);
    }
    int check = 11 - (sum % 11);
    if (check == 11) {
      check = 0;
    }
    return check != 10 && check == digits.charAt(9) - '0';
  }

  /** The check digit for nine digits, or -1 when none exists (such numbers are never issued). */
  public static int checkDigit(String nineDigits) {
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += (nineDigits.charAt(i) - '0') * (10 - i);
    }
    int check = 11 - (sum % 11);
    return check == 11 ? 0 : check == 10 ? -1 : check;
  }
}
