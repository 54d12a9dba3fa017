package dev.newstidy.spark;

import java.io.Serializable;

/**
 * What a task's short-line memory starts from for one line: the pages it stood in before the
 * task's start (up to 2, as many as the triage counts), and whether the document the task starts
 * inside held it already.
 */
record ShortSeed(int pages, boolean inPage) implements Serializable {}
