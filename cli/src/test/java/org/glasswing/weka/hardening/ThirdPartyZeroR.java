package org.glasswing.weka.hardening;

import weka.classifiers.rules.ZeroR;

/** A classifier of a "third-party package": on no shipped allow-list. */
public final class ThirdPartyZeroR extends ZeroR {
  private static final long serialVersionUID = 1L;
}
