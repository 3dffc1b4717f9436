package org.totalplace.idempotency.entity;

/** The first answer to a write: what a retry with the same key is given again. */
public record Answer(int status, String location, String etag, String body) {}
