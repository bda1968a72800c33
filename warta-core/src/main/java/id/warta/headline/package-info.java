/**
 * Does the body support the headline? {@link id.warta.headline.Headlines#check} flags
 * headlines that claim an outcome the body only discusses, hedges or contradicts, and
 * scores how much a headline reads as clickbait.
 */
package id.warta.headline;
