package org.relais.testing;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An IT that drives the deployed application from outside only (testable = false: Selenium never
 * enters the server): the deployment, its address, and a wait until it is ready.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class ClientSideIT {
  /** The server's address, ending with a slash. */
  @ArquillianResource protected URL base;

  @Deployment(testable = false)
  public static WebArchive deployment() {
    return Deployments.relais();
  }

  @BeforeEach
  void awaitReady() throws Exception {
    if (!base.toString().endsWith("/")) {
      base = new URL(base + "/");
    }
    Http.awaitReady(base);
  }
}
