package org.totalplace.api.person;

import org.totalplace.person.entity.RelationshipKind;

/** The body of a recorded relationship: how the person is related to which other record. */
public class NewRelationship {
  private RelationshipKind kind;
  private Long relatedId;

  public RelationshipKind getKind() {
    return kind;
  }

  public void setKind(RelationshipKind kind) {
    this.kind = kind;
  }

  public Long getRelatedId() {
    return relatedId;
  }

  public void setRelatedId(Long relatedId) {
    this.relatedId = relatedId;
  }
}
