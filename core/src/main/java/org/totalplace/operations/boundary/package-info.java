/** Health checks and Prometheus figures, served by Payara's MicroProfile Health and Metrics. */
package org.totalplace.operations.boundary;
