/** Text utilities shared by every stage: Unicode normalisation, hashing, script helpers. */
package org.newsclean.transforms.text;
