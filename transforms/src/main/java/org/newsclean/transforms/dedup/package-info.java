/** Deduplication: exact copies, near-duplicates (MinHash/LSH), stories across languages, and memory of earlier runs. */
package org.newsclean.transforms.dedup;
