/** Deduplication of documents. */
package org.newsclean.transforms.dedup;
