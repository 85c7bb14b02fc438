/** Quote detection (direct, partial, term), speaker attribution, and grouping of the same quote across documents. */
package org.newsclean.transforms.quotes;
