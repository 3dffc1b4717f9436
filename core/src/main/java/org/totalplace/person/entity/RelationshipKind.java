package org.totalplace.person.entity;

/** How one person is related to another; each kind has its inverse, recorded alongside. */
public enum RelationshipKind {
  PARENT("Parent of"),
  CHILD("Child of"),
  CARER("Carer of"),
  CARED_FOR("Cared for by"),
  PARTNER("Partner of"),
  SIBLING("Sibling of"),
  HOUSEHOLD("Lives with");

  private final String label;

  RelationshipKind(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }

  public RelationshipKind inverse() {
    return switch (this) {
      case PARENT -> CHILD;
      case CHILD -> PARENT;
      case CARER -> CARED_FOR;
      case CARED_FOR -> CARER;
      default -> this;
    };
  }
}
