/** The PostgreSQL a benchmark runs on: embedded (zonky) and fresh, or an external server. */
package org.totalplace.bench.postgres;
