/**
 * Typed, validated run settings built from the command line. Depends on nothing but Guava.
 */
package dev.newstidy.config;
