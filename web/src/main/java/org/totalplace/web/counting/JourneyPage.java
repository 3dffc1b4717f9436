package org.totalplace.web.counting;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import org.totalplace.counting.boundary.Journeys;
import org.totalplace.counting.entity.FinancialYear;
import org.totalplace.counting.entity.Journey;
import org.totalplace.platform.control.NotAllowed;
import org.totalplace.platform.control.NotFound;
import org.totalplace.platform.entity.Caller;
import org.totalplace.web.platform.Pages;

/**
 * A person's journey and what it cost, for staff whose agency may see the events. Read-only and
 * addressed by the person's id, so Back, refresh and a second tab all show the same thing.
 */
@Named
@RequestScoped
public class JourneyPage {

  @Inject Journeys journeys;
  @Inject Caller me;

  private String id;
  private Journey journey;
  private Timeline timeline;

  public void load() {
    Long chosen = Pages.idFrom(id);
    if (chosen == null) {
      Pages.sendError(HttpServletResponse.SC_NOT_FOUND, "No person was chosen");
      return;
    }
    try {
      journey = journeys.of(me, chosen);
      timeline = Timeline.of(journey, LocalDate.now(java.time.ZoneId.of("Europe/London")));
    } catch (NotFound e) {
      Pages.sendError(HttpServletResponse.SC_NOT_FOUND, e.getMessage());
    } catch (NotAllowed e) {
      Pages.sendError(HttpServletResponse.SC_FORBIDDEN, e.getMessage());
    }
  }

  public String year(int start) {
    return FinancialYear.label(start);
  }

  public Journey getJourney() {
    return journey;
  }

  public Timeline getTimeline() {
    return timeline;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
