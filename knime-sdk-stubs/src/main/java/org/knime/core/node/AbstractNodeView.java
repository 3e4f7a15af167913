package org.knime.core.node;

/**
 * Stub: the base of node views.
 *
 * @param <T> the viewed model's type
 */
public abstract class AbstractNodeView<T extends AbstractNodeView.ViewableModel> {

  private final T model;

  /**
   * Creates a view.
   *
   * @param viewableModel the viewed model
   */
  protected AbstractNodeView(T viewableModel) {
    this.model = viewableModel;
  }

  /**
   * The viewed model.
   *
   * @return the model
   */
  protected final T getViewableModel() {
    return model;
  }

  /** Called when the viewed model changed (it was executed or reset); the view refreshes. */
  protected abstract void modelChanged();

  /** Stub: a model that can be shown in a view. */
  public static interface ViewableModel {}
}
