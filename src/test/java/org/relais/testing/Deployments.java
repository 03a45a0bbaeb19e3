package org.relais.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The application as the build packaged it ({@code target/ROOT.war}), not a hand-picked subset of
 * classes: integration tests run what users run.
 */
public final class Deployments {
  private Deployments() {}

  public static WebArchive relais() {
    File war = new File(System.getProperty("relais.war", "target/ROOT.war"));
    if (!war.isFile()) {
      throw new IllegalStateException(war + " is missing: run the tests with `mvn verify`");
    }
    return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
  }
}
