package org.totalplace.caseload.entity;

import java.io.Serializable;

/** An item a team lead picked to move, with the version their page showed ("referral-12" at 3). */
public record Selected(String key, int version) implements Serializable {}
