/**
 * Benchmarks of the platform's own schema and SQL on a generated population; run with bench/search.
 */
package org.totalplace.bench;
