/** Output IO: deterministic sorted shards, output locations and the run manifest. */
package org.newsclean.pipeline.io;
