package org.totalplace.workflows;

import java.time.Instant;
import java.util.Date;
import org.flowable.common.engine.impl.calendar.BusinessCalendarImpl;
import org.flowable.common.engine.impl.calendar.MapBusinessCalendarManager;
import org.flowable.common.engine.impl.runtime.ClockReader;
import org.flowable.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * The calendar "deadlines": a timer cycle {@code R<n>/<t1>/.../<tk>} fires at each of its listed
 * times in turn, so a step with three moments (warn, overdue, tell the sender) keeps one timer that
 * Flowable moves to the next moment after each firing, instead of three timers made and deleted
 * with every step.
 *
 * <p>Flowable counts the repeats down: the cycle it asks about says how many firings are left, so
 * with {@code R3} of three times the first is next, with {@code R1} the last.
 */
public class DeadlineCalendar extends BusinessCalendarImpl {

  public static final String NAME = "deadlines";

  public DeadlineCalendar(ClockReader clock) {
    super(clock);
  }

  /** Adds the calendar to an engine built with Flowable's own calendars. */
  public static void addTo(ProcessEngineConfigurationImpl configuration) {
    ((MapBusinessCalendarManager) configuration.getBusinessCalendarManager())
        .addBusinessCalendar(NAME, new DeadlineCalendar(configuration.getClock()));
  }

  @Override
  public Date resolveDuedate(String cycle, int maxIterations) {
    String[] parts = cycle.split("/");
    if (parts.length < 2 || !parts[0].matches("R\\d+")) {
      throw new IllegalArgumentException("Not a list of deadlines: " + cycle);
    }
    int left = Integer.parseInt(parts[0].substring(1));
    int times = parts.length - 1;
    if (left < 1 || left > times) {
      throw new IllegalArgumentException(left + " firings left but " + times + " times: " + cycle);
    }
    return Date.from(Instant.parse(parts[1 + times - left]));
  }
}
