package org.totalplace.flow.entity;

import java.io.Serializable;

/**
 * How long something took across referrals: how many got there, the median and the 90th percentile,
 * in hours (null when none did).
 */
public final class Spread implements Serializable {
  private static final long serialVersionUID = 1L;

  private final long count;
  private final Double median;
  private final Double p90;

  public Spread(long count, Double median, Double p90) {
    this.count = count;
    this.median = median;
    this.p90 = p90;
  }

  public long getCount() {
    return count;
  }

  public Double getMedian() {
    return median;
  }

  public Double getP90() {
    return p90;
  }
}
