package org.totalplace.flow.entity;

import java.io.Serializable;

/** How many referrals from one agency to another were declined for one reason. */
public record Declines(String fromAgency, String toAgency, String reason, long count)
    implements Serializable {}
