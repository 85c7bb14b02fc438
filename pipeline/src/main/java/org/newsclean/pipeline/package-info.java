/** The news pipeline: wiring of the stages and the command-line entry point. */
package org.newsclean.pipeline;
