package dev.newstidy.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides what each task owns after a round, from where neighbouring parts of a file agree ({@link
 * SplitSync}): each part up to where its look-ahead agrees with the next part, which owns from
 * there; a part whose look-ahead met no agreement reads twice as far next round, or, having read
 * to the end of the file, owns all of it from its start on. A whole input owns all of its run.
 *
 * <p>Example, pinned end to end by {@code SparkSplitTest} (the reference dump in 10 parts of 2,000
 * bytes, look-aheads too short at first): a part whose tail agrees with the next part's head at
 * line 52 owns its records up to line 52, and the next part its records from there.
 */
final class PartOwnership {
  /** Bytes a part reads past its end at first; doubled for a part that did not meet the next. */
  static final long LOOKAHEAD = 256 * 1024;

  /** The records of the next part compared with a part's look-ahead. */
  private static final int HEAD = 4096;

  private PartOwnership() {}

  /** What the driver learns of a task after a round. */
  record Summary(int split, int size, List<SplitSync.Mark> head, List<SplitSync.Mark> tail, int tailOffset,
      boolean cut) implements Serializable {}

  /** The shares of the first round: each part owns from its nominal start to the next's. */
  static Share[] initial(List<SplitTask> tasks, long splitBytes) {
    int n = tasks.size();
    Share[] shares = new Share[n];
    // Half a part at most, so that a part's look-ahead ends before the part after next starts.
    long lookahead = Math.min(LOOKAHEAD, Math.max(1, splitBytes / 2));
    for (int i = 0; i < n; i++) {
      SplitTask t = tasks.get(i);
      boolean first = i == 0 || tasks.get(i - 1).input() != t.input();
      int nextLine = t.hasNext() ? tasks.get(i + 1).startLine() : Integer.MAX_VALUE;
      shares[i] = t.whole() ? Share.ALL : new Share(lookahead, first ? 0 : t.startLine(), nextLine, 0, -1);
    }
    return shares;
  }

  /** The marks of a task's first records, and of those at or past the next part's first line. */
  static Summary summary(SplitResult r, int nextLine) {
    List<SplitSync.Mark> head = new ArrayList<>();
    for (int i = 0; i < Math.min(HEAD, r.records().size()); i++) {
      head.add(SplitSync.Mark.of(r.lines().get(i), r.records().get(i)));
    }
    List<SplitSync.Mark> tail = new ArrayList<>();
    int offset = r.records().size();
    if (nextLine != Integer.MAX_VALUE) {
      for (int i = 0; i < r.records().size(); i++) {
        if (r.lines().get(i) >= nextLine) {
          offset = Math.min(offset, i);
          tail.add(SplitSync.Mark.of(r.lines().get(i), r.records().get(i)));
        }
      }
    }
    return new Summary(r.split(), r.records().size(), head, tail, offset, r.cut());
  }

  /** Whether every part met the next (or read to the end of its file): no look-ahead grows. */
  static boolean allAgreed(Share[] ran, Share[] agreed) {
    for (int i = 0; i < ran.length; i++) {
      if (agreed[i].lookahead() != ran[i].lookahead()) {
        return false;
      }
    }
    return true;
  }

  /** What each task owns after a round, from the round's summaries in task order. */
  static Share[] shares(List<SplitTask> tasks, Share[] ran, List<Summary> summaries) {
    Share[] out = new Share[tasks.size()];
    int fromLine = 0;
    int fromIndex = 0;
    for (int i = 0; i < tasks.size(); i++) {
      SplitTask t = tasks.get(i);
      if (t.whole()) {
        out[i] = Share.ALL;
        continue;
      }
      if (i == 0 || tasks.get(i - 1).input() != t.input()) {
        fromLine = 0;
        fromIndex = 0;
      }
      Summary s = summaries.get(i);
      if (fromLine == Integer.MAX_VALUE) {
        // An earlier part read to the end of the file: this one owns nothing.
        out[i] = new Share(ran[i].lookahead(), fromLine, fromLine, s.size(), s.size());
        continue;
      }
      if (!t.hasNext()) {
        out[i] = new Share(ran[i].lookahead(), fromLine, Integer.MAX_VALUE, Math.min(fromIndex, s.size()), -1);
        continue;
      }
      Summary after = summaries.get(i + 1);
      List<SplitSync.Mark> head = after.head();
      if (after.cut() && head.size() == after.size() && !head.isEmpty()) {
        // The next part's last record was ended by its own cut: not comparable either.
        head = head.subList(0, head.size() - 1);
      }
      int[] at = SplitSync.agree(s.tail(), s.tailOffset(), s.cut(), head);
      if (at != null && at[2] >= fromLine && at[0] >= fromIndex) {
        out[i] = new Share(ran[i].lookahead(), fromLine, at[2], fromIndex, at[0]);
        fromIndex = at[1];
        fromLine = at[2];
      } else if (!s.cut()) {
        out[i] = new Share(ran[i].lookahead(), fromLine, Integer.MAX_VALUE, fromIndex, -1);
        fromLine = Integer.MAX_VALUE;
      } else {
        // No agreement yet: the nominal cut for now, and twice the look-ahead next round.
        int nominal = tasks.get(i + 1).startLine();
        out[i] = new Share(ran[i].lookahead() * 2, fromLine, Math.max(fromLine, nominal), fromIndex, s.tailOffset());
        fromLine = Math.max(fromLine, nominal);
        fromIndex = 0;
      }
    }
    return out;
  }

  /** The records a task owns. */
  static List<String> owned(List<String> records, Share share) {
    int to = share.toIndex() < 0 ? records.size() : share.toIndex();
    return records.subList(Math.min(share.fromIndex(), to), to);
  }

  /** The warnings of a task that name a line it owns, or no line; a whole input's all. */
  static List<String> ownedWarnings(SplitResult r, SplitTask task, Share share) {
    if (task.whole()) {
      return r.warnings();
    }
    String prefix = "warning: " + task.uri() + ":";
    List<String> out = new ArrayList<>();
    for (String w : r.warnings()) {
      if (!w.startsWith(prefix)) {
        out.add(w);
        continue;
      }
      int end = prefix.length();
      while (end < w.length() && Character.isDigit(w.charAt(end))) {
        end++;
      }
      if (end == prefix.length() || share.ownsLine(Integer.parseInt(w.substring(prefix.length(), end)))) {
        out.add(w);
      }
    }
    return out;
  }
}
