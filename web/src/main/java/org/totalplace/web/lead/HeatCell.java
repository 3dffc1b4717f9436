package org.totalplace.web.lead;

import java.io.Serializable;
import org.totalplace.flow.entity.Handoffs;

/**
 * One cell of the heat map of agency pairs: the median hours from sent to accepted, shaded from
 * same day to over a week; the number is always written in the cell, so shade is never the only
 * cue.
 */
public record HeatCell(String text, String shade, String description) implements Serializable {

  static final HeatCell NONE = new HeatCell("–", "none", "no referrals");

  static HeatCell of(Handoffs h) {
    if (h.isSuppressed()) {
      return new HeatCell("<5", "none", "fewer than 5 referrals");
    }
    Double median = h.getAccepted().getMedian();
    if (median == null) {
      return new HeatCell("0 of " + h.getSent(), "none", h.getSent() + " sent, none accepted");
    }
    String shade = median <= 24 ? "1" : median <= 72 ? "2" : median <= 168 ? "3" : "4";
    return new HeatCell(
        String.valueOf(median),
        shade,
        median + " hours, median of " + h.getAccepted().getCount() + " accepted");
  }
}
