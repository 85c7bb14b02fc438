/** Pipeline options, one small interface per concern. */
package org.newsclean.pipeline.options;
