package org.totalplace.flow.entity;

import java.io.Serializable;

/**
 * Pathway steps of one agency due in a period: how many, how many were in place by their due date,
 * and how many were not.
 */
public record LateSteps(String agency, String leadAgency, long due, long onTime, long late)
    implements Serializable {}
