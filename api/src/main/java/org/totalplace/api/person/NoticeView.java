package org.totalplace.api.person;

import java.time.Instant;
import org.totalplace.person.entity.Notice;

/** What an agency was told about a person it works with: a change, or a request for access. */
public record NoticeView(
    long id,
    long personId,
    String personName,
    String kind,
    String message,
    Instant createdAt,
    String createdBy,
    String fromAgency) {

  static NoticeView of(Notice n) {
    return new NoticeView(
        n.id(),
        n.personId(),
        n.personName(),
        n.kind(),
        n.message(),
        n.createdAt(),
        n.createdBy(),
        n.fromAgency());
  }
}
