package org.totalplace.staff.entity;

import java.io.Serializable;

/** Someone who works for an agency, as last seen at login. */
public record StaffMember(
    String username,
    String displayName,
    String email,
    String agency,
    boolean teamLead,
    boolean active,
    boolean caseworker)
    implements Serializable {}
