/** Times the platform's person search on a generated population, against exact-match SQL. */
package org.totalplace.bench.search;
