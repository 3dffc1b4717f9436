/**
 * The load benchmark (bench/load): Gatling drives the deployed platform's API with many systems'
 * worth of concurrent work, beside raw-SQL baselines timed in the same run.
 */
package org.totalplace.bench.load;
