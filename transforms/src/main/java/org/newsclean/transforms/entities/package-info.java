/** Named-entity discovery, typing and cross-language linking. */
package org.newsclean.transforms.entities;
