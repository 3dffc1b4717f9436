package org.totalplace.bench.dashboard;

import java.time.Duration;
import org.totalplace.bench.population.LoadResult;

/** What the load wrote and how long its stages took. */
record DashboardLoad(
    LoadResult people,
    Duration peopleTook,
    long staff,
    long referrals,
    long openReferrals,
    long events,
    long pathways,
    long pathwaySteps,
    Duration referralCopy,
    Duration pathwayCopy,
    Duration indexBuild,
    Duration vacuumAnalyze,
    Duration total) {}
