package org.newsclean.transforms.entities;

/** Coarse entity types written in the {@code type} field of entity and mention records. */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  LOCATION,
  PRODUCT,
  LEGAL_CASE,
  DATE,
  AMOUNT
}
