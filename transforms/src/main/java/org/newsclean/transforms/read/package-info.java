/** Reading raw article files with Apache Tika, under size, length and time limits. */
package org.newsclean.transforms.read;
