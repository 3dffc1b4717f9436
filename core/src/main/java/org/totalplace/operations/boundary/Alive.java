package org.totalplace.operations.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive while the app answers and garbage collection can still free its heap: a server whose old
 * generation stays full after a collection is better restarted than left to fail slowly.
 */
@Liveness
@ApplicationScoped
public class Alive implements HealthCheck {

  static final double FULL_AFTER_COLLECTION = 0.95;

  @Override
  public HealthCheckResponse call() {
    double fullest = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      // What a pool holds after its last collection is live data, not garbage waiting.
      MemoryUsage afterCollection =
          pool.getType() == MemoryType.HEAP ? pool.getCollectionUsage() : null;
      if (afterCollection != null && afterCollection.getMax() > 0) {
        fullest = Math.max(fullest, (double) afterCollection.getUsed() / afterCollection.getMax());
      }
    }
    return HealthCheckResponse.named("totalplace")
        .status(fullest < FULL_AFTER_COLLECTION)
        .withData("heapFullAfterCollectionPercent", Math.round(fullest * 100))
        .build();
  }
}
