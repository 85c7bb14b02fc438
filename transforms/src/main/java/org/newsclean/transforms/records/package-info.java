/** Immutable, schema-carrying records that flow between stages and are written as output. */
package org.newsclean.transforms.records;
