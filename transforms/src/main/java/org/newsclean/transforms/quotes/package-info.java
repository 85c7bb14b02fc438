/** Direct-quote detection and speaker attribution. */
package org.newsclean.transforms.quotes;
