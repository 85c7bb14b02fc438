/** Language identification with Tika's language detector. */
package org.newsclean.transforms.language;
