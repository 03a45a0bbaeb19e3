package org.relais.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.relais.assistant.ClassifierService;
import org.relais.assistant.ShippedModelLoader;

/**
 * Ready once an intent model is in service: before that, the bot would hand every message over to a
 * person, which is safe but not what a kiosk should be put in front of visitors with.
 */
@Readiness
@ApplicationScoped
public class IntentModelReadiness implements HealthCheck {
  @Inject private ClassifierService classifier;
  @Inject private ShippedModelLoader shippedModel;

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("intent-model");
    if (classifier.isLoaded()) {
      return response.up().build();
    }
    return response
        .down()
        .withData("reason", shippedModel.problem().orElse("the intent model is loading"))
        .build();
  }
}
