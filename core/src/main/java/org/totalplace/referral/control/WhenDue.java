package org.totalplace.referral.control;

import java.time.Duration;

/**
 * The one definition of "overdue" and "due soon", for every page, tile, count and API box (they
 * disagreed while each query said it its own way). A referral is overdue when the step it is at is
 * past its target: acknowledging, deciding, or, once accepted, showing activity at least every so
 * many days (the response target's inactivity days). It is due soon when acknowledging or deciding
 * falls due within {@link #SOON}. A pathway is overdue when an open step's day has passed, and due
 * soon when one falls within {@link #STEPS_SOON_DAYS} days.
 *
 * <p>The SQL reads a referral as {@code r} joined (left) to its response target as {@code t}, both
 * from the open-work index's columns; the moments are given as SQL expressions (parameters). The
 * moment each step falls due is worked out once, in SQL (V14, {@code referral_overdue_from}).
 */
public final class WhenDue {

  public static final Duration SOON = Duration.ofHours(24);
  public static final int STEPS_SOON_DAYS = 7;

  /** The join every query using these conditions needs. */
  public static final String TARGET = " left join response_target t on t.urgency = r.urgency";

  private WhenDue() {}

  /**
   * Whether referral r is overdue. Stored since V14 (so it can be counted at no cost per page): the
   * row's trigger works out when the step it is at falls due (overdue_from) whenever it changes,
   * and the platform's sweeper marks it overdue within a second of that moment ({@code
   * CountKeeping}). Lists, tiles, counts and the API all read this one flag.
   */
  public static final String OVERDUE = "r.overdue";

  /** Whether referral r falls due between {@code now} and {@code soon} (not yet overdue). */
  public static String dueSoon(String now, String soon) {
    return "coalesce(case r.status when 'SENT' then r.acknowledge_due_at between "
        + now
        + " and "
        + soon
        + " when 'RECEIVED' then r.decide_due_at between "
        + now
        + " and "
        + soon
        + " end, false)";
  }
}
