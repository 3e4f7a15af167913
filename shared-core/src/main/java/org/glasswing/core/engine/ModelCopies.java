package org.glasswing.core.engine;

import java.lang.ref.WeakReference;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;
import org.glasswing.core.model.Model;

/**
 * The per-thread copies of models that are not thread-safe, kept between engine runs so that a
 * model is copied once per worker rather than once per run (a Weka model's copy is a serialisation
 * round trip). A run borrows copies before its workers start and gives them back when it ends
 * normally; a run that failed or was cancelled drops its copies, whose state is then unknown.
 *
 * <p>Models are told apart by identity and held weakly: the copies of a model go when the model
 * goes, and at most {@link #MODELS} models keep copies (the least recently used are dropped), so a
 * copy that refers back to its original cannot keep memory forever. A copy that is the model itself
 * is never kept.
 */
final class ModelCopies {

  /** How many models keep copies at once. */
  static final int MODELS = 8;

  /** The copies kept per model, at most. */
  static final int COPIES_PER_MODEL = 16;

  private static final LinkedList<Entry> ENTRIES = new LinkedList<>();

  private static final class Entry {
    final WeakReference<Model> model;
    final ArrayDeque<Model> free = new ArrayDeque<>();

    Entry(Model model) {
      this.model = new WeakReference<>(model);
    }
  }

  private ModelCopies() {}

  /**
   * Copies for {@code count} workers: kept ones first, new {@link Model#copyForThread()} copies for
   * the rest, made on the calling thread.
   *
   * @param model the shared model, not thread-safe
   * @param count how many copies
   * @return the copies, each for one worker only
   */
  static List<Model> borrow(Model model, int count) {
    List<Model> copies = new ArrayList<>(count);
    synchronized (ENTRIES) {
      Entry entry = find(model, false);
      while (entry != null && copies.size() < count && !entry.free.isEmpty()) {
        copies.add(entry.free.pop());
      }
    }
    while (copies.size() < count) {
      copies.add(model.copyForThread());
    }
    return copies;
  }

  /**
   * Keeps copies for the model's next run.
   *
   * @param model the shared model
   * @param copies copies borrowed for it, no longer in use
   */
  static void giveBack(Model model, List<Model> copies) {
    synchronized (ENTRIES) {
      Entry entry = find(model, true);
      for (Model copy : copies) {
        if (copy != model && entry.free.size() < COPIES_PER_MODEL) {
          entry.free.push(copy);
        }
      }
    }
  }

  /** The model's entry, moved to the front; created when asked, dropping the oldest past MODELS. */
  private static Entry find(Model model, boolean create) {
    Entry found = null;
    for (Iterator<Entry> it = ENTRIES.iterator(); it.hasNext(); ) {
      Entry entry = it.next();
      Model held = entry.model.get();
      if (held == null) {
        it.remove();
      } else if (held == model) {
        found = entry;
        it.remove();
      }
    }
    if (found == null && create) {
      found = new Entry(model);
    }
    if (found != null) {
      ENTRIES.addFirst(found);
      while (ENTRIES.size() > MODELS) {
        ENTRIES.removeLast();
      }
    }
    return found;
  }
}
