/**
 * What operators watch: whether the platform is alive and ready, and its figures for Prometheus.
 */
package org.totalplace.operations;
