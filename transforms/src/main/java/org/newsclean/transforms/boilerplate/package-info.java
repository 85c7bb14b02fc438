/** Removal of boilerplate (site names, captcha residue, spam, share lines) by general rules. */
package org.newsclean.transforms.boilerplate;
