/** Text utilities shared by every stage: Unicode normalisation and content hashing. */
package org.newsclean.transforms.text;
