/**
 * Small pure helpers named as nouns: punctuation, scripts, joints, slugs, terminal-safe text. Depends on nothing in newstidy.
 */
package dev.newstidy.text;
