/**
 * The article-stage contract and the one Pipeline that orders the chain. Stages do no I/O and keep no static state; must not depend on input, output, app or cli.
 */
package dev.newstidy.stage;
