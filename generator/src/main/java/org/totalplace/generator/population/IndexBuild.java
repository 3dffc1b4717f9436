package org.totalplace.generator.population;

import java.time.Duration;

/** One of the migrations' indexes built again after the load, with how long it took. */
public record IndexBuild(String name, String definition, Duration took) {}
