/**
 * Findings reported as warnings and never fixed: doubled words, Latin words inside Chinese text,
 * pinyin glosses, mojibake (wrong charset, characters lost in a GBK round trip, pinyin inserted by a
 * script converter). Pure functions over articles.
 */
package dev.newstidy.stage.check;
