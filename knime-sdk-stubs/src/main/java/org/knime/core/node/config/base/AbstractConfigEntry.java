package org.knime.core.node.config.base;

import java.io.Serializable;
import java.util.Collections;
import java.util.Enumeration;
import javax.swing.tree.TreeNode;

/**
 * Stub: one entry of a settings tree, a leaf unless it is a {@link ConfigBase}. Only the framework
 * creates entries (the constructor is package-private, as in KNIME).
 */
public abstract class AbstractConfigEntry implements Serializable, TreeNode {

  private static final long serialVersionUID = 1L;

  private final String key;
  private AbstractConfigEntry parent;

  AbstractConfigEntry(String key) {
    if (key == null) {
      throw new IllegalArgumentException("Key must not be null!");
    }
    this.key = key;
  }

  /**
   * The entry's key.
   *
   * @return the key
   */
  public final String getKey() {
    return key;
  }

  /**
   * Sets the entry that holds this one.
   *
   * @param parent the parent entry
   */
  public final void setParent(AbstractConfigEntry parent) {
    this.parent = parent;
  }

  @Override
  public TreeNode getChildAt(int childIndex) {
    return null;
  }

  @Override
  public int getChildCount() {
    return 0;
  }

  @Override
  public final TreeNode getParent() {
    return parent;
  }

  @Override
  public int getIndex(TreeNode node) {
    return -1;
  }

  @Override
  public final boolean getAllowsChildren() {
    return this instanceof ConfigBase;
  }

  @Override
  public boolean isLeaf() {
    return true;
  }

  @Override
  public Enumeration<TreeNode> children() {
    return Collections.emptyEnumeration();
  }
}
