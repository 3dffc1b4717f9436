package org.totalplace.flow.entity;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** The flow figures of one period, as of one moment. */
public record FlowReport(
    Period period,
    Instant asOf,
    List<Handoffs> pairs,
    List<Handoffs> services,
    List<WeekPoint> weeks,
    List<Declines> declines,
    List<LateSteps> lateSteps)
    implements Serializable {}
