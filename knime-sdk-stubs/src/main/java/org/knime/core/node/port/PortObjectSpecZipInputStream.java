package org.knime.core.node.port;

import java.io.InputStream;
import java.util.zip.ZipInputStream;

/** Stub: the zip stream port objects are persisted through; only the framework creates one. */
public class PortObjectSpecZipInputStream extends ZipInputStream {

  PortObjectSpecZipInputStream(InputStream in) {
    super(in);
  }
}
