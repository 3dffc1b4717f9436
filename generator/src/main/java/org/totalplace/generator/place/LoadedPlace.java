package org.totalplace.generator.place;

import java.time.Duration;
import org.totalplace.generator.population.LoadResult;

/** What the load wrote and how long its stages took. */
public record LoadedPlace(
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
