/** A deterministic, UK-like population of people, and its bulk load into the platform's schema. */
package org.totalplace.generator.population;
